/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A product to add to a registered business. */
export type AddProductInput = {
  /** The business that makes or sells the product. */
  businessId: string | number;
  /** Product category (at most 60 characters), e.g. `Coffee`. */
  category: string;
  /** Certifications held, from the list under `Product.certifications` (at most 10). */
  certifications?: Array<string> | null | undefined;
  /** True when the product meets export requirements; only export-ready products have markets abroad. Default false. */
  exportReady?: boolean | null | undefined;
  /** Countries where the product is marketed: ISO 3166-1 alpha-2 codes of destination countries known to the graph (at most 20). */
  marketCountryCodes?: Array<string> | null | undefined;
  /** Product name (at most 150 characters). */
  name: string;
  /** Price per unit in whole rupiah, more than 0. */
  priceIdr: number;
  /** The unit the price is for (at most 30 characters), e.g. `kg`. */
  unit: string;
};

/** An application for KUR financing. */
export type ApplyForFinancingInput = {
  /** Amount in whole rupiah, more than 0 and within the scheme's ceiling. */
  amountIdr: number;
  /** Code of a KUR-distributing bank (see `kurBanks`), e.g. `BRI`. A national bank lends anywhere; a regional development bank (BPD) only to a business in its home provinces (e.g. `BANK_JATIM` in Jawa Timur, `BJB` in Jawa Barat and Banten), BAD_USER_INPUT otherwise. */
  bank: string;
  /** The business applying. */
  businessId: string | number;
  /** KUR scheme; PMI only for a business owned by a worker registered with KP2MI. */
  scheme: KurScheme;
};

/** What businesses are counted by. */
export type BusinessDimension =
  /** Province where the business operates (key: Kemendagri code, label: province name). */
  | 'PROVINCE'
  /** Size class (key: enum value, e.g. `MICRO`). */
  | 'SCALE'
  /** Line of business (key: enum value, e.g. `FOOD_BEVERAGE`). */
  | 'SECTOR';

/** Narrows a list of businesses; all given conditions must hold. */
export type BusinessFilter = {
  /** Only businesses owned (or not) by a returned migrant worker. */
  ownedByReturnedWorker?: boolean | null | undefined;
  /** Only businesses in this province (Kemendagri code). */
  provinceCode?: string | null | undefined;
  /** Only businesses of this size class. */
  scale?: BusinessScale | null | undefined;
  /** Only businesses in this line of business. */
  sector?: BusinessSector | null | undefined;
};

/** Size class of a business under PP 7/2021, by capital excluding land and buildings. */
export type BusinessScale =
  /** Medium: capital Rp5–10 billion. */
  | 'MEDIUM'
  /** Micro: capital up to Rp1 billion. */
  | 'MICRO'
  /** Small: capital Rp1–5 billion. */
  | 'SMALL';

/** Line of business of a UMKM. */
export type BusinessSector =
  /** Agriculture, plantation and fishery products. */
  | 'AGRICULTURE'
  /** Fashion and textiles, batik included. */
  | 'FASHION'
  /** Food and beverages (makanan dan minuman). */
  | 'FOOD_BEVERAGE'
  /** Furniture (mebel). */
  | 'FURNITURE'
  /** Handicrafts (kerajinan). */
  | 'HANDICRAFT'
  /** Anything else. */
  | 'OTHER'
  /** Services (jasa). */
  | 'SERVICES'
  /** Trade (perdagangan). */
  | 'TRADE';

/** Where a request, or one ministry's part of it, stands. */
export type DataSubjectRequestStatus =
  /** Carried out. */
  | 'DONE'
  /** Not carried out yet. */
  | 'OPEN'
  /** Refused on a ground of Pasal 15(1) (for a request: every part refused). */
  | 'REFUSED';

/** What a data subject asks for (UU 27/2022). */
export type DataSubjectRequestType =
  /** See their data and who processed it (Pasal 32): the data-subject report. */
  | 'ACCESS'
  /** Erase their personal data where no retention duty keeps it. */
  | 'ERASE'
  /** End a restriction. */
  | 'LIFT_RESTRICTION'
  /** Correct named fields (Pasal 30). */
  | 'RECTIFY'
  /** Restrict the processing of their data: refused except under purposes resting on a legal obligation. */
  | 'RESTRICT';

/** Highest completed level of education. */
export type Education =
  /** Bachelor's degree or higher (S1+). */
  | 'BACHELOR'
  /** Diploma (D1–D4). */
  | 'DIPLOMA'
  /** Junior high school (SMP). */
  | 'JUNIOR_HIGH'
  /** Primary school (SD). */
  | 'PRIMARY'
  /** Senior or vocational high school (SMA/SMK). */
  | 'SENIOR_HIGH';

/** Where a worker's enrollment in a course stands. */
export type EnrollmentStatus =
  /** Finished and assessed competent (kompeten); a competency certificate was issued. */
  | 'COMPLETED'
  /** Enrolled and attending; the enrollment holds one of the course's seats. */
  | 'ENROLLED'
  /** Finished but assessed not yet competent (belum kompeten); the worker may enroll again. */
  | 'FAILED'
  /** Left the course before finishing. */
  | 'WITHDRAWN';

/** A correction a RECTIFY request asks for. */
export type FieldCorrectionInput = {
  /** The personal field, as a schema coordinate: `Worker.fullName`, `Worker.phone`, `Worker.passportNumber` or `Worker.birthDate`. */
  field: string;
  /** The corrected value, in the field's own form (a date as `YYYY-MM-DD`). */
  value: string;
};

/** Where a financing application stands. */
export type FinancingStatus =
  /** Approved by the bank, not yet paid out. */
  | 'APPROVED'
  /** Approved and paid out (disbursed). */
  | 'DISBURSED'
  /** Rejected by the bank. */
  | 'REJECTED'
  /** Submitted to the bank, not yet decided. */
  | 'SUBMITTED';

/** Sector of a job or placement abroad. */
export type JobSector =
  /** Caregiving for the elderly or sick (caregiver). */
  | 'CAREGIVING'
  /** Construction. */
  | 'CONSTRUCTION'
  /** Domestic work (pekerja rumah tangga). */
  | 'DOMESTIC_WORK'
  /** Oil, gas, electricity and renewable energy. */
  | 'ENERGY'
  /** Fishing vessels and fish processing. */
  | 'FISHERIES'
  /** Hotels, restaurants and tourism. */
  | 'HOSPITALITY'
  /** Factory and general production work. */
  | 'MANUFACTURING'
  /** Mining and minerals. */
  | 'MINING'
  /** Any other sector. */
  | 'OTHER'
  /** Plantation and agriculture. */
  | 'PLANTATION';

/** Scheme of KUR (Kredit Usaha Rakyat), the government-subsidised people's business credit, with its ceiling. */
export type KurScheme =
  /** KUR Mikro: up to Rp100,000,000. */
  | 'MICRO'
  /** KUR PMI: up to Rp100,000,000, only for a business owned by a migrant worker registered with KP2MI. */
  | 'PMI'
  /** KUR Kecil (small): up to Rp500,000,000. */
  | 'SMALL'
  /** KUR Super Mikro: up to Rp10,000,000. */
  | 'SUPER_MICRO';

/** The legal basis of processing personal data (Pasal 20(2) UU 27/2022). */
export type LegalBasis =
  /** (a) Explicit consent for stated purposes. */
  | 'CONSENT'
  /** (b) Performance of a contract with the data subject. */
  | 'CONTRACT'
  /** (c) The controller's legal obligation. */
  | 'LEGAL_OBLIGATION'
  /** (f) A legitimate interest. */
  | 'LEGITIMATE_INTEREST'
  /** (e) A task in the public interest, a public service or the controller's statutory authority. */
  | 'PUBLIC_TASK'
  /** (d) The data subject's vital interest. */
  | 'VITAL_INTEREST';

/** A ministry of the October 2025 memorandum of understanding on migrant workers (PMI). */
export type Ministry =
  /** Kementerian Energi dan Sumber Daya Mineral (ESDM): training in energy and mining. */
  | 'ESDM'
  /** Kementerian Koperasi dan UKM: micro and small businesses (UMKM) and KUR financing. */
  | 'KOPERASI_UKM'
  /** Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI, formerly BP2MI): workers, placements and job openings abroad. */
  | 'KP2MI'
  /** Kementerian Perindustrian: industrial "3 in 1" training (training, certification, placement) at the BDI centres. */
  | 'PERINDUSTRIAN';

/** What placements are counted by. */
export type PlacementDimension =
  /** Destination country (key: ISO code). */
  | 'COUNTRY'
  /** Placement scheme. */
  | 'SCHEME'
  /** Sector. */
  | 'SECTOR'
  /** Year the placement started. */
  | 'START_YEAR'
  /** Status. */
  | 'STATUS';

/** How a worker was placed abroad. */
export type PlacementScheme =
  /** A company placing its own staff abroad. */
  | 'COMPANY_OWN'
  /** Government to government (G to G), e.g. the Korean EPS programme. */
  | 'G_TO_G'
  /** Individual (perseorangan or mandiri) placement. */
  | 'INDIVIDUAL'
  /** Through a licensed placement agency (P3MI): private to private (P to P). */
  | 'P_TO_P';

/** Where a placement stands. */
export type PlacementStatus =
  /** The worker is working there now. */
  | 'ACTIVE'
  /** The contract ended as agreed. */
  | 'COMPLETED'
  /** Agreed, the worker has not started yet. */
  | 'PLANNED'
  /** The contract ended early. */
  | 'TERMINATED';

/** A job opening abroad to publish. */
export type PublishJobOpeningInput = {
  /** Last day to apply; not in the past. */
  closesOn?: string | null | undefined;
  /** Country of the job (ISO 3166-1 alpha-2), known to the graph. */
  countryCode: string;
  /** Employer abroad (at most 150 characters). */
  employer: string;
  /** Languages the job needs, ISO 639-1 codes (at most 10). */
  requiredLanguages?: Array<string> | null | undefined;
  /** What the employer asks for (at most 20 items of 200 characters). */
  requirements?: Array<string> | null | undefined;
  /** Sector of the job. */
  sector: JobSector;
  /** Title of the job (at most 100 characters). */
  title: string;
  /** Number of positions, 1 to 10000. */
  vacancies: number;
};

/** A placement to record for a READY worker (or a DEPLOYED one, for an extension). */
export type RecordPlacementInput = {
  /** Destination country (ISO 3166-1 alpha-2), known to the graph. */
  countryCode: string;
  /** Employer abroad (at most 150 characters). */
  employer: string;
  /** Last day of the contract; not before startDate. */
  endDate?: string | null | undefined;
  /** The job opening the worker is placed through, if any. */
  jobOpeningId?: string | number | null | undefined;
  /** Job title on the contract (at most 100 characters). */
  jobTitle: string;
  /** How the worker is placed. */
  scheme: PlacementScheme;
  /** Sector of the job. */
  sector: JobSector;
  /** First day of the contract. */
  startDate: string;
  /** PLANNED (default) or ACTIVE; recording an ACTIVE placement makes the worker DEPLOYED. */
  status?: PlacementStatus | null | undefined;
  /** The worker placed. */
  workerId: string | number;
};

/** A ground of Pasal 15(1) UU 27/2022 on which some requests may be refused (never access or correction). */
export type RefusalGround =
  /** (a) National defence and security. */
  | 'DEFENCE_AND_SECURITY'
  /** (d) Supervision of the financial sector, monetary policy, payment systems and financial-system stability. */
  | 'FINANCIAL_SUPERVISION'
  /** (b) Law enforcement. */
  | 'LAW_ENFORCEMENT'
  /** (c) The public interest in running the state. */
  | 'STATE_ADMINISTRATION'
  /** (e) Statistics and scientific research. */
  | 'STATISTICS_AND_RESEARCH';

/** A business to register with Koperasi-UKM. */
export type RegisterBusinessInput = {
  /** When the business was founded; not in the future. */
  foundedOn?: string | null | undefined;
  /** Trading name (at most 150 characters). */
  name: string;
  /** The owner, when they are a PMI registered with KP2MI; the business counts as owned by a returned worker when that worker is RETURNED. */
  ownerWorkerId?: string | number | null | undefined;
  /** Province where the business operates (Kemendagri code, e.g. `35`). */
  provinceCode: string;
  /** Size class. */
  scale: BusinessScale;
  /** Line of business. */
  sector: BusinessSector;
};

/** A new worker to register (a prospective PMI, CPMI). */
export type RegisterWorkerInput = {
  /** Date of birth; the worker must be at least 18. */
  birthDate: string;
  /** Highest completed education. */
  education?: Education | null | undefined;
  /** Full name as on the identity card (at most 100 characters). */
  fullName: string;
  /** Languages spoken, ISO 639-1 codes (at most 10). */
  languages?: Array<string> | null | undefined;
  /** 16-digit NIK; its province, birth date (day + 40 for women) must match the other fields. */
  nik: string;
  /** Mobile phone number in E.164 form (`+628…`). */
  phone?: string | null | undefined;
  /** Sex as on the identity card. */
  sex: Sex;
};

/** Sex as recorded on the worker's identity card (KTP). */
export type Sex =
  /** Female (perempuan). */
  | 'FEMALE'
  /** Male (laki-laki). */
  | 'MALE';

/** A data-subject request as a KP2MI officer receives it. */
export type SubmitDataSubjectRequestInput = {
  /** For RECTIFY: the corrections (at least one); not allowed for other types. */
  corrections?: Array<FieldCorrectionInput> | null | undefined;
  /** The request in the person's words, or the officer's summary (at most 2000 characters). */
  details: string;
  /** The 16-digit NIK of the person asking. */
  nik: string;
  /** What they ask for. */
  type: DataSubjectRequestType;
};

/** How what the caller holds compares with KP2MI's record. */
export type VerificationResult =
  /** Every field given matches. */
  | 'MATCH'
  /** No worker has this NIK, or none of the other fields matches its record. */
  | 'NO_MATCH'
  /** The NIK matches and some other fields differ. */
  | 'PARTIAL';

/** What a partner holds about a person, to verify against KP2MI's record. */
export type VerifyWorkerInput = {
  /** Date of birth as the caller holds it. */
  birthDate: string;
  /** Full name as the caller holds it (at most 100 characters). */
  fullName: string;
  /** The person's 16-digit NIK. */
  nik: string;
  /** Passport number as the caller holds it, if any. */
  passportNumber?: string | null | undefined;
};

/** What workers are counted by. */
export type WorkerDimension =
  /** Education. */
  | 'EDUCATION'
  /** Province of origin (key: Kemendagri code). */
  | 'PROVINCE'
  /** Sex. */
  | 'SEX'
  /** Lifecycle status. */
  | 'STATUS';

/** Narrows a list of workers; all given conditions must hold. */
export type WorkerFilter = {
  /** Only workers with this education. */
  education?: Education | null | undefined;
  /** Only workers whose full name contains this text (case-insensitive, at most 100 characters). */
  nameContains?: string | null | undefined;
  /** Only workers from this province (Kemendagri code, e.g. `35`). */
  provinceCode?: string | null | undefined;
  /** Only workers registered on or after this date. */
  registeredFrom?: string | null | undefined;
  /** Only workers registered on or before this date. */
  registeredTo?: string | null | undefined;
  /** Only workers of this sex. */
  sex?: Sex | null | undefined;
  /** Only workers with this lifecycle status. */
  status?: WorkerStatus | null | undefined;
};

/** Where a worker stands in the PMI lifecycle. Status only moves forward, except RETURNED → READY for a new placement. */
export type WorkerStatus =
  /** Registered candidate (CPMI), documents not yet verified. */
  | 'CANDIDATE'
  /** Working abroad (deployed). */
  | 'DEPLOYED'
  /** In language or skills training. */
  | 'IN_TRAINING'
  /** Ready to depart: documents and pre-departure orientation done, E-KPMI card issued. */
  | 'READY'
  /** Returned home after placement (purna PMI). */
  | 'RETURNED'
  /** Identity and documents verified by KP2MI. */
  | 'VERIFIED';

export type DashboardKurBySchemeQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardKurBySchemeQuery = { financingStats: Array<{ key: string, label: string, count: number, totalAmountIdr: number }> | null };

export type DashboardPlacementsByCountryQueryVariables = Exact<{
  startYear?: number | null | undefined;
}>;


export type DashboardPlacementsByCountryQuery = { placementStats: Array<{ key: string, label: string, count: number }> | null };

export type DashboardPlacementsPerYearQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlacementsPerYearQuery = { placementStats: Array<{ key: string, label: string, count: number }> | null };

export type DashboardReturneeBusinessesByProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardReturneeBusinessesByProvinceQuery = { businessStats: Array<{ key: string, label: string, count: number }> | null };

export type DashboardWorkersByProvinceQueryVariables = Exact<{
  status?: WorkerStatus | null | undefined;
}>;


export type DashboardWorkersByProvinceQuery = { workerStats: Array<{ key: string, label: string, count: number }> | null };

export type DeployedInCaregivingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeployedInCaregivingQuery = { taiwan: { totalCount: number } | null, japan: { totalCount: number } | null };

export type PlacementsByDimensionQueryVariables = Exact<{
  by: PlacementDimension;
  countryCode?: string | null | undefined;
  startYear?: number | null | undefined;
}>;


export type PlacementsByDimensionQuery = { placementStats: Array<{ key: string, label: string, count: number }> | null };

export type ReturneeBusinessesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReturneeBusinessesQuery = { byProvince: Array<{ key: string, label: string, count: number }> | null, byScale: Array<{ key: string, label: string, count: number }> | null, bySector: Array<{ key: string, label: string, count: number }> | null, kurByScheme: Array<{ key: string, label: string, count: number, totalAmountIdr: number }> | null, kurByStatus: Array<{ key: string, label: string, count: number, totalAmountIdr: number }> | null, kurByBank: Array<{ key: string, label: string, count: number, totalAmountIdr: number }> | null };

export type WorkersByDimensionQueryVariables = Exact<{
  by: WorkerDimension;
  status?: WorkerStatus | null | undefined;
  registeredFrom?: string | null | undefined;
  registeredTo?: string | null | undefined;
}>;


export type WorkersByDimensionQuery = { workerStats: Array<{ key: string, label: string, count: number }> | null };

export type BusinessCardQueryVariables = Exact<{
  id: string | number;
}>;


export type BusinessCardQuery = { business: { id: string, name: string, scale: BusinessScale, sector: BusinessSector, foundedOn: string | null, province: { name: string }, owner: { id: string, fullName: string | null, status: WorkerStatus, languages: Array<string>, province: { name: string } } | null } | null };

export type CourseCardsQueryVariables = Exact<{
  energy: string | number;
  industry: string | number;
}>;


export type CourseCardsQuery = { energyCourse: { id: string, title: string, skillArea: string, durationHours: number, seatsAvailable: number, certificationScheme: string | null, trainingCenter: { name: string, city: string } } | null, industryCourse: { id: string, title: string, skillArea: string, durationHours: number, trainingCenter: { name: string, city: string } } | null };

export type DimensionStatsQueryVariables = Exact<{
  by: WorkerDimension;
  businessBy: BusinessDimension;
}>;


export type DimensionStatsQuery = { workerStats: Array<{ key: string, label: string, count: number }> | null, businessStats: Array<{ key: string, label: string, count: number }> | null };

export type DirectoryQueryVariables = Exact<{
  code: string | number;
}>;


export type DirectoryQuery = { country: { code: string, name: string, region: string } | null, esdmTrainingCenters: Array<{ code: string, name: string, city: string }> | null, bdiTrainingCenters: Array<{ code: string, name: string, city: string }> | null, kurBanks: Array<{ code: string, name: string }> | null };

export type ExportProductsQueryVariables = Exact<{
  code: string;
}>;


export type ExportProductsQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, name: string, priceIdr: number, business: { name: string, ownedByReturnedWorker: boolean }, markets: Array<{ code: string }> | null } }> } | null };

export type OpeningsPageQueryVariables = Exact<{
  code: string;
}>;


export type OpeningsPageQuery = { jobOpenings: { totalCount: number, edges: Array<{ node: { id: string, title: string, employer: string, vacancies: number, closesOn: string | null, sector: JobSector, country: { name: string } } }> } | null };

export type ProductCardQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductCardQuery = { product: { id: string, name: string, category: string, priceIdr: number, unit: string, exportReady: boolean, certifications: Array<string>, markets: Array<{ code: string, name: string, region: string }> | null, business: { name: string, scale: BusinessScale, sector: BusinessSector, province: { name: string } } } | null };

export type WorkersPageQueryVariables = Exact<{
  status: WorkerStatus;
  first: number;
}>;


export type WorkersPageQuery = { workers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string | null, status: WorkerStatus, registeredAt: string, province: { name: string } } }> } | null };

export type AnalystStatisticsQueryVariables = Exact<{
  year: number;
}>;


export type AnalystStatisticsQuery = { placementsByCountry: Array<{ key: string, label: string, count: number }> | null, workersByProvince: Array<{ key: string, label: string, count: number }> | null, returnedOwnedBusinesses: Array<{ key: string, label: string, count: number }> | null, financingByScheme: Array<{ key: string, label: string, count: number, totalAmountIdr: number }> | null };

export type CountryMarketQueryVariables = Exact<{
  code: string | number;
}>;


export type CountryMarketQuery = { country: { code: string, name: string, activeWorkers: number, marketedProducts: { totalCount: number, edges: Array<{ node: { name: string, category: string, priceIdr: number, business: { name: string, ownedByReturnedWorker: boolean, owner: { id: string, fullName: string | null, status: WorkerStatus } | null } } }> } | null } | null };

export type EnergyAndMiningJobsQueryVariables = Exact<{
  sector: JobSector;
}>;


export type EnergyAndMiningJobsQuery = { jobOpenings: { totalCount: number, edges: Array<{ node: { title: string, employer: string, vacancies: number, closesOn: string | null, requirements: Array<string>, country: { code: string, name: string }, recommendedEnergyCourses: Array<{ title: string, skillArea: string, durationHours: number, seatsAvailable: number, certificationScheme: string | null, trainingCenter: { name: string, city: string } }> | null } }> } | null };

export type WorkerStoryQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerStoryQuery = { worker: { id: string, fullName: string | null, status: WorkerStatus, province: { name: string }, placements: Array<{ employer: string, jobTitle: string, sector: JobSector, scheme: PlacementScheme, startDate: string, endDate: string | null, status: PlacementStatus, country: { code: string, name: string } }>, energyEnrollments: Array<{ status: EnrollmentStatus, score: number | null, enrolledAt: string | null, completedAt: string | null, course: { title: string, skillArea: string, trainingCenter: { name: string, city: string } } }> | null, energyCertificates: Array<{ scheme: string, issuer: string, issuedOn: string | null, expiresOn: string | null }> | null, industryEnrollments: Array<{ status: EnrollmentStatus, score: number | null, course: { title: string, trainingCenter: { name: string, city: string } } }> | null, industryCertificates: Array<{ scheme: string, issuer: string, issuedOn: string | null, expiresOn: string | null }> | null, businesses: Array<{ name: string, sector: BusinessSector, scale: BusinessScale, ownedByReturnedWorker: boolean, products: Array<{ name: string, category: string, priceIdr: number, exportReady: boolean, markets: Array<{ code: string, name: string }> | null }>, financing: Array<{ scheme: KurScheme, amountIdr: number, bank: string, status: FinancingStatus, appliedOn: string }> | null }> | null } | null };

export type DestinationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DestinationsQuery = { countries: Array<{ code: string, name: string, region: string, activeWorkers: number }> | null };

export type OpenPositionsQueryVariables = Exact<{
  countryCode?: string | null | undefined;
  sector?: JobSector | null | undefined;
  openOn?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type OpenPositionsQuery = { jobOpenings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, employer: string, vacancies: number, closesOn: string | null, sector: JobSector, country: { code: string, name: string } } }> } | null };

export type PositionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PositionDetailQuery = { jobOpening: { id: string, title: string, employer: string, vacancies: number, closesOn: string | null, sector: JobSector, requirements: Array<string>, requiredLanguages: Array<string>, country: { code: string, name: string, region: string, activeWorkers: number }, recommendedEnergyCourses: Array<{ id: string, title: string, durationHours: number, seatsAvailable: number, trainingCenter: { name: string, city: string } }> | null } | null };

export type TrainingCatalogueQueryVariables = Exact<{
  city?: string | null | undefined;
  hasSeats?: boolean | null | undefined;
}>;


export type TrainingCatalogueQuery = { energyCourses: { totalCount: number, edges: Array<{ node: { id: string, title: string, ministry: Ministry, skillArea: string, durationHours: number, seatsAvailable: number, certificationScheme: string | null, trainingCenter: { code: string, name: string, city: string } } }> } | null, industryCourses: { totalCount: number, edges: Array<{ node: { id: string, title: string, ministry: Ministry, skillArea: string, durationHours: number, seatsAvailable: number, certificationScheme: string | null, trainingCenter: { code: string, name: string, city: string } } }> } | null, esdmTrainingCenters: Array<{ code: string, name: string, city: string }> | null, bdiTrainingCenters: Array<{ code: string, name: string, city: string }> | null };

type CourseCard_EnergyCourse_Fragment = { id: string, title: string, ministry: Ministry, skillArea: string, durationHours: number, seatsAvailable: number, certificationScheme: string | null, trainingCenter: { code: string, name: string, city: string } };

type CourseCard_IndustryCourse_Fragment = { id: string, title: string, ministry: Ministry, skillArea: string, durationHours: number, seatsAvailable: number, certificationScheme: string | null, trainingCenter: { code: string, name: string, city: string } };

export type CourseCardFragment =
  | CourseCard_EnergyCourse_Fragment
  | CourseCard_IndustryCourse_Fragment
;

export type FindByNikQueryVariables = Exact<{
  nik: string;
}>;


export type FindByNikQuery = { workerByNik: { id: string, fullName: string | null, status: WorkerStatus, province: { name: string } } | null };

export type PublishJobOpeningMutationVariables = Exact<{
  input: PublishJobOpeningInput;
}>;


export type PublishJobOpeningMutation = { publishJobOpening: { id: string, title: string, employer: string, vacancies: number, closesOn: string | null, sector: JobSector, country: { code: string, name: string } } };

export type RecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type RecordPlacementMutation = { recordPlacement: { id: string, status: PlacementStatus, startDate: string, endDate: string | null, country: { code: string, name: string }, worker: { id: string, status: WorkerStatus } } };

export type RegisterWorkerMutationVariables = Exact<{
  input: RegisterWorkerInput;
}>;


export type RegisterWorkerMutation = { registerWorker: { id: string, fullName: string | null, sex: Sex | null, status: WorkerStatus, registeredAt: string, province: { code: string, name: string } } };

export type UpdateWorkerStatusMutationVariables = Exact<{
  id: string | number;
  status: WorkerStatus;
}>;


export type UpdateWorkerStatusMutation = { updateWorkerStatus: { id: string, status: WorkerStatus } };

export type WorkerFileQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerFileQuery = { worker: { id: string, fullName: string | null, sex: Sex | null, status: WorkerStatus, education: Education | null, languages: Array<string>, registeredAt: string, nik: string | null, birthDate: string | null, phone: string | null, passportNumber: string | null, province: { code: string, name: string }, placements: Array<{ id: string, employer: string, jobTitle: string, sector: JobSector, scheme: PlacementScheme, startDate: string, endDate: string | null, status: PlacementStatus, country: { code: string, name: string }, jobOpening: { id: string, title: string } | null }> } | null };

export type WorkerSearchQueryVariables = Exact<{
  filter?: WorkerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkerSearchQuery = { workers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string | null, sex: Sex | null, status: WorkerStatus, education: Education | null, registeredAt: string, province: { code: string, name: string }, currentPlacement: { status: PlacementStatus, country: { name: string } } | null } }> } | null };

export type MyPurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPurposesQuery = { purposes: Array<{ code: string, indonesianLabel: string, englishLabel: string, legalBasis: LegalBasis, legalBasisArticle: string, fields: Array<string>, allowsVerification: boolean, instrument: { kind: string, number: string, validUntil: string | null } }> | null };

export type OverdueDataSubjectRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OverdueDataSubjectRequestsQuery = { dataSubjectRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: DataSubjectRequestType, receivedAt: string, dueAt: string, parts: Array<{ ministry: Ministry, status: DataSubjectRequestStatus, note: string | null }> } }> } | null };

export type RefuseDataSubjectRequestPartMutationVariables = Exact<{
  requestId: string | number;
  ground: RefusalGround;
  reason: string;
}>;


export type RefuseDataSubjectRequestPartMutation = { refuseDataSubjectRequestPart: { id: string, status: DataSubjectRequestStatus, parts: Array<{ ministry: Ministry, status: DataSubjectRequestStatus, refusalGround: RefusalGround | null, handledAt: string | null, note: string | null, handledBy: { sub: string, ministry: Ministry | null } | null }> } };

export type RetryDataSubjectRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryDataSubjectRequestMutation = { retryDataSubjectRequest: { id: string, status: DataSubjectRequestStatus, parts: Array<{ ministry: Ministry, status: DataSubjectRequestStatus, handledAt: string | null, note: string | null }> } };

export type SubmitDataSubjectRequestMutationVariables = Exact<{
  input: SubmitDataSubjectRequestInput;
}>;


export type SubmitDataSubjectRequestMutation = { submitDataSubjectRequest: { id: string, type: DataSubjectRequestType, status: DataSubjectRequestStatus, receivedAt: string, dueAt: string, parts: Array<{ ministry: Ministry, status: DataSubjectRequestStatus, handledAt: string | null, refusalGround: RefusalGround | null, note: string | null, erased: Array<string>, corrected: Array<string>, kept: Array<{ field: string, purposeCode: string, retentionDuty: string, until: string }> }> } };

export type CompleteEnergyCourseMutationVariables = Exact<{
  enrollmentId: string | number;
  passed: boolean;
  score?: number | null | undefined;
}>;


export type CompleteEnergyCourseMutation = { completeEnergyCourse: { id: string, status: EnrollmentStatus, score: number | null, completedAt: string | null } };

export type CompleteIndustryCourseMutationVariables = Exact<{
  enrollmentId: string | number;
  passed: boolean;
  score?: number | null | undefined;
}>;


export type CompleteIndustryCourseMutation = { completeIndustryCourse: { id: string, status: EnrollmentStatus, score: number | null, completedAt: string | null } };

export type CourseRosterQueryVariables = Exact<{
  energyId: string | number;
  industryId: string | number;
}>;


export type CourseRosterQuery = { energyCourse: { id: string, title: string, seatsAvailable: number, trainingCenter: { name: string } } | null, industryCourse: { id: string, title: string, seatsAvailable: number, trainingCenter: { name: string } } | null };

export type EnrollInEnergyCourseMutationVariables = Exact<{
  workerId: string | number;
  courseId: string | number;
}>;


export type EnrollInEnergyCourseMutation = { enrollInEnergyCourse: { id: string, status: EnrollmentStatus, enrolledAt: string | null, course: { id: string, title: string, seatsAvailable: number }, worker: { id: string } } };

export type EnrollInIndustryCourseMutationVariables = Exact<{
  workerId: string | number;
  courseId: string | number;
}>;


export type EnrollInIndustryCourseMutation = { enrollInIndustryCourse: { id: string, status: EnrollmentStatus, enrolledAt: string | null, course: { id: string, title: string, seatsAvailable: number }, worker: { id: string } } };

export type VerifyParticipantQueryVariables = Exact<{
  input: VerifyWorkerInput;
}>;


export type VerifyParticipantQuery = { verifyWorker: { result: VerificationResult, mismatchedFields: Array<string>, checkedFields: Array<string>, verifiedAt: string } | null };

export type WorkerTrainingQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerTrainingQuery = { worker: { id: string, status: WorkerStatus, energyEnrollments: Array<{ id: string, status: EnrollmentStatus, course: { title: string } }> | null, industryEnrollments: Array<{ id: string, status: EnrollmentStatus, course: { title: string } }> | null, energyCertificates: Array<{ scheme: string, issuer: string, expiresOn: string | null }> | null, industryCertificates: Array<{ scheme: string, issuer: string, expiresOn: string | null }> | null } | null };

export type AddProductMutationVariables = Exact<{
  input: AddProductInput;
}>;


export type AddProductMutation = { addProduct: { id: string, name: string, category: string, priceIdr: number, unit: string, exportReady: boolean, certifications: Array<string> } };

export type ApplyForFinancingMutationVariables = Exact<{
  input: ApplyForFinancingInput;
}>;


export type ApplyForFinancingMutation = { applyForFinancing: { id: string, scheme: KurScheme, amountIdr: number, bank: string, status: FinancingStatus, appliedOn: string } };

export type BusinessDirectoryQueryVariables = Exact<{
  filter?: BusinessFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type BusinessDirectoryQuery = { businesses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, sector: BusinessSector, scale: BusinessScale, ownedByReturnedWorker: boolean, foundedOn: string | null, province: { name: string }, owner: { id: string, fullName: string | null, status: WorkerStatus } | null } }> } | null };

export type BusinessFileQueryVariables = Exact<{
  id: string | number;
}>;


export type BusinessFileQuery = { business: { id: string, name: string, sector: BusinessSector, scale: BusinessScale, ownedByReturnedWorker: boolean, foundedOn: string | null, province: { code: string, name: string }, owner: { id: string, fullName: string | null, status: WorkerStatus } | null, products: Array<{ id: string, name: string, category: string, priceIdr: number, exportReady: boolean }>, financing: Array<{ id: string, scheme: KurScheme, amountIdr: number, bank: string, status: FinancingStatus, appliedOn: string, decidedOn: string | null }> | null } | null, kurBanks: Array<{ code: string, name: string }> | null };

export type DecideFinancingMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
}>;


export type DecideFinancingMutation = { decideFinancing: { id: string, status: FinancingStatus, decidedOn: string | null } };

export type ExportCatalogueQueryVariables = Exact<{
  category?: string | null | undefined;
  marketCountryCode?: string | null | undefined;
}>;


export type ExportCatalogueQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, name: string, category: string, priceIdr: number, unit: string, certifications: Array<string>, markets: Array<{ code: string, name: string }> | null, business: { id: string, name: string } } }> } | null };

export type RegisterBusinessMutationVariables = Exact<{
  input: RegisterBusinessInput;
}>;


export type RegisterBusinessMutation = { registerBusiness: { id: string, name: string, ownedByReturnedWorker: boolean, sector: BusinessSector, scale: BusinessScale, foundedOn: string | null, province: { code: string, name: string } } };

export const CourseCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ministry"}},{"kind":"Field","name":{"kind":"Name","value":"skillArea"}},{"kind":"Field","name":{"kind":"Name","value":"durationHours"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"certificationScheme"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<CourseCardFragment, unknown>;
export const DashboardKurBySchemeDocument = {"__meta__":{"hash":"sha256:510a301e201c8206db3a8d45434eaa398d34d0bbd1365c93fa9b861a505ced7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardKurByScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"SCHEME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmountIdr"}}]}}]}}]} as unknown as DocumentNode<DashboardKurBySchemeQuery, DashboardKurBySchemeQueryVariables>;
export const DashboardPlacementsByCountryDocument = {"__meta__":{"hash":"sha256:d624a28de791dc4d7a0ec8b4774851769cda5b18b7614a9a10a69c8e25260fec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPlacementsByCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startYear"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardPlacementsByCountryQuery, DashboardPlacementsByCountryQueryVariables>;
export const DashboardPlacementsPerYearDocument = {"__meta__":{"hash":"sha256:8c266095a8b900f17a52a7704c29ba29b3a49a5494074a13181c31fbe6ed5fbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPlacementsPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"START_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardPlacementsPerYearQuery, DashboardPlacementsPerYearQueryVariables>;
export const DashboardReturneeBusinessesByProvinceDocument = {"__meta__":{"hash":"sha256:ca03d9d3c402c47bc65970e7efc1f896aaede9263a43a3ca689c5b1af031d391"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardReturneeBusinessesByProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownedByReturnedWorker"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardReturneeBusinessesByProvinceQuery, DashboardReturneeBusinessesByProvinceQueryVariables>;
export const DashboardWorkersByProvinceDocument = {"__meta__":{"hash":"sha256:788778178514bd559c1ab9e22256fe3c902ea2626461e414090766a78a6db278"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWorkersByProvince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardWorkersByProvinceQuery, DashboardWorkersByProvinceQueryVariables>;
export const DeployedInCaregivingDocument = {"__meta__":{"hash":"sha256:a6a7151de79278115469b48468b154affb4812c4826c7ca0853aa61e74f64ca8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeployedInCaregiving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"taiwan"},"name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"StringValue","value":"TW","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"CAREGIVING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"japan"},"name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"StringValue","value":"JP","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"CAREGIVING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DeployedInCaregivingQuery, DeployedInCaregivingQueryVariables>;
export const PlacementsByDimensionDocument = {"__meta__":{"hash":"sha256:149f9e9b3112a2fecdb0bb98e67986ec218b6a29484ecaaa087e6b654bcdd551"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsByDimension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"startYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startYear"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PlacementsByDimensionQuery, PlacementsByDimensionQueryVariables>;
export const ReturneeBusinessesDocument = {"__meta__":{"hash":"sha256:4748bed8dd987d74f4b4425c7cbc06d8a19995f770e642d0e6122267feeb62b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReturneeBusinesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byProvince"},"name":{"kind":"Name","value":"businessStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownedByReturnedWorker"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byScale"},"name":{"kind":"Name","value":"businessStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"SCALE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownedByReturnedWorker"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bySector"},"name":{"kind":"Name","value":"businessStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"SECTOR"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownedByReturnedWorker"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kurByScheme"},"name":{"kind":"Name","value":"financingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"SCHEME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kurByStatus"},"name":{"kind":"Name","value":"financingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"STATUS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kurByBank"},"name":{"kind":"Name","value":"financingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"BANK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmountIdr"}}]}}]}}]} as unknown as DocumentNode<ReturneeBusinessesQuery, ReturneeBusinessesQueryVariables>;
export const WorkersByDimensionDocument = {"__meta__":{"hash":"sha256:5fcb655fe301f408790d3f140396b7ecb573f4fff54f2677e7a6b64b4b452af7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkersByDimension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registeredFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registeredTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"registeredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registeredFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"registeredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registeredTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<WorkersByDimensionQuery, WorkersByDimensionQueryVariables>;
export const BusinessCardDocument = {"__meta__":{"hash":"sha256:71017eef7bf82163dec82278a58b2dc946794c18983832cbc0d5d4a8721f3965"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"business"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BusinessCardQuery, BusinessCardQueryVariables>;
export const CourseCardsDocument = {"__meta__":{"hash":"sha256:fdc583665bc3573e184b68e60cee2300bcd5fa4d2d976c2a8a5fc248d8fbefc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"energy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"energy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skillArea"}},{"kind":"Field","name":{"kind":"Name","value":"durationHours"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"certificationScheme"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industry"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skillArea"}},{"kind":"Field","name":{"kind":"Name","value":"durationHours"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<CourseCardsQuery, CourseCardsQueryVariables>;
export const DimensionStatsDocument = {"__meta__":{"hash":"sha256:f2ac8e5c0234d6b90c7eb2ce2859340c28d5d204c6b257327d36076e22260c66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DimensionStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DimensionStatsQuery, DimensionStatsQueryVariables>;
export const DirectoryDocument = {"__meta__":{"hash":"sha256:ca8691a486ac30bffe6b45e5e5eef27a91e617e29542ee2aef56549b1f8d1cb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"esdmTrainingCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bdiTrainingCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kurBanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const ExportProductsDocument = {"__meta__":{"hash":"sha256:47fb2abe61883fc70b615c086fed6e1c9744a1eaad9d136b38b1eb908e3a1fd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"exportReady"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"marketCountryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceIdr"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByReturnedWorker"}}]}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportProductsQuery, ExportProductsQueryVariables>;
export const OpeningsPageDocument = {"__meta__":{"hash":"sha256:6cfad7e764a8d8faacba2d5589b5bf0f5ab094d0195f63c47f0f6031361e1511"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpeningsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobOpenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpeningsPageQuery, OpeningsPageQueryVariables>;
export const ProductCardDocument = {"__meta__":{"hash":"sha256:5fe38e1fdd868c0c144dd9f882018fecb111ffbfe1d4e1730f19071ceda6782c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceIdr"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"exportReady"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductCardQuery, ProductCardQueryVariables>;
export const WorkersPageDocument = {"__meta__":{"hash":"sha256:76631c55fdd3f7077c8beec50da431b079dc50224316e1b4bcc9455426c6bef7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkersPageQuery, WorkersPageQueryVariables>;
export const AnalystStatisticsDocument = {"__meta__":{"hash":"sha256:b294d9a50bb335fc59609db7d8b9f4ce1cf76021b7a17dbbca883bc701339316"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placementsByCountry"},"name":{"kind":"Name","value":"placementStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"workersByProvince"},"name":{"kind":"Name","value":"workerStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DEPLOYED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"returnedOwnedBusinesses"},"name":{"kind":"Name","value":"businessStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownedByReturnedWorker"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"financingByScheme"},"name":{"kind":"Name","value":"financingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"SCHEME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmountIdr"}}]}}]}}]} as unknown as DocumentNode<AnalystStatisticsQuery, AnalystStatisticsQueryVariables>;
export const CountryMarketDocument = {"__meta__":{"hash":"sha256:c418597f58aed1f2102c5235e85c22374ab0590f6db80a73f2a863ab88451188"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activeWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"marketedProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceIdr"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByReturnedWorker"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryMarketQuery, CountryMarketQueryVariables>;
export const EnergyAndMiningJobsDocument = {"__meta__":{"hash":"sha256:5f290d336e0891108fbc0a3c4078abf65b5cd69018d73eb8d0f611fdf512c333"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyAndMiningJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobSector"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobOpenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedEnergyCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skillArea"}},{"kind":"Field","name":{"kind":"Name","value":"durationHours"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"certificationScheme"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnergyAndMiningJobsQuery, EnergyAndMiningJobsQueryVariables>;
export const WorkerStoryDocument = {"__meta__":{"hash":"sha256:4312ceed736f3abdaddd32db8f2b96fed1d39c081071210554f9b06e1941eab2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerStory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"energyEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skillArea"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"energyCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByReturnedWorker"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceIdr"}},{"kind":"Field","name":{"kind":"Name","value":"exportReady"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkerStoryQuery, WorkerStoryQueryVariables>;
export const DestinationsDocument = {"__meta__":{"hash":"sha256:126eb4eb1a5fb2d9ed90ef43e3cb19b7d58845cdd13b2158f49f5654d6247b6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeWorkers"}}]}}]}}]} as unknown as DocumentNode<DestinationsQuery, DestinationsQueryVariables>;
export const OpenPositionsDocument = {"__meta__":{"hash":"sha256:12d284eae770e23fd6a0715e0259a1485ca8958130fd8a121ceb569aa43ec6bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobSector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobOpenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"openOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOn"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenPositionsQuery, OpenPositionsQueryVariables>;
export const PositionDetailDocument = {"__meta__":{"hash":"sha256:2c1bd3be89df909a48f18b9e8e412f7583e5d48f8e8a6ea4dc9635e389cd374d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeWorkers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedEnergyCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationHours"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PositionDetailQuery, PositionDetailQueryVariables>;
export const TrainingCatalogueDocument = {"__meta__":{"hash":"sha256:7c964068739c96eeaedafd901991b17700fb2b65b36f5faca42e4ccf6d278605"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasSeats"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hasSeats"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasSeats"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseCard"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hasSeats"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasSeats"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseCard"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"esdmTrainingCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bdiTrainingCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ministry"}},{"kind":"Field","name":{"kind":"Name","value":"skillArea"}},{"kind":"Field","name":{"kind":"Name","value":"durationHours"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"certificationScheme"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<TrainingCatalogueQuery, TrainingCatalogueQueryVariables>;
export const FindByNikDocument = {"__meta__":{"hash":"sha256:9aa87b40ef9eb26e350300ec9bc7c7314a59d91c02e417cd5fa254d412203b72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindByNik"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nik"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerByNik"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nik"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nik"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FindByNikQuery, FindByNikQueryVariables>;
export const PublishJobOpeningDocument = {"__meta__":{"hash":"sha256:f42ed2b63680f5699c18672fabad0bbd95ccc7b81923431a5d5be20af54af07c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishJobOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishJobOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishJobOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublishJobOpeningMutation, PublishJobOpeningMutationVariables>;
export const RecordPlacementDocument = {"__meta__":{"hash":"sha256:dfa71661ab0bfee5695eb3c29b9767a1245179358d690ba38cc75024d44c461f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPlacementMutation, RecordPlacementMutationVariables>;
export const RegisterWorkerDocument = {"__meta__":{"hash":"sha256:4af8829e676270d410337afcb47a5426f7f53fb3b96f60d91bc70426be305d16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}}]} as unknown as DocumentNode<RegisterWorkerMutation, RegisterWorkerMutationVariables>;
export const UpdateWorkerStatusDocument = {"__meta__":{"hash":"sha256:7c98c93bf47de95a473adb99a8ee625820006e78c44002aae5cc51959b482d1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkerStatusMutation, UpdateWorkerStatusMutationVariables>;
export const WorkerFileDocument = {"__meta__":{"hash":"sha256:cde3b27ede3cf52489536f49f3a8158fb8cb7cc2703090e094e125bc498f80d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nik"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobOpening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkerFileQuery, WorkerFileQueryVariables>;
export const WorkerSearchDocument = {"__meta__":{"hash":"sha256:8af20715836722dc1dea93185429b818511b7be2fdcb818e3aeef57bad976478"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkerSearchQuery, WorkerSearchQueryVariables>;
export const MyPurposesDocument = {"__meta__":{"hash":"sha256:018f18af0c42626f3fd3a541c86597bc90b7bbbd39a6319836f36c419f6043ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPurposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indonesianLabel"}},{"kind":"Field","name":{"kind":"Name","value":"englishLabel"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisArticle"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"allowsVerification"}}]}}]}}]} as unknown as DocumentNode<MyPurposesQuery, MyPurposesQueryVariables>;
export const OverdueDataSubjectRequestsDocument = {"__meta__":{"hash":"sha256:2a3802c932500c1452e6213c6317f648cbcd652b767ac3538edb8146dc415238"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueDataSubjectRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSubjectRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ministry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueDataSubjectRequestsQuery, OverdueDataSubjectRequestsQueryVariables>;
export const RefuseDataSubjectRequestPartDocument = {"__meta__":{"hash":"sha256:72e222e490a2798e51504ee7745445f06e4c422812d75c3c9e50144c00ce2705"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseDataSubjectRequestPart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ground"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefusalGround"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseDataSubjectRequestPart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ground"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ground"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ministry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"ministry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RefuseDataSubjectRequestPartMutation, RefuseDataSubjectRequestPartMutationVariables>;
export const RetryDataSubjectRequestDocument = {"__meta__":{"hash":"sha256:f7328ca4e8c65c6b3c63e4697863900b40aaf600c4601f87fd45f82543885d55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryDataSubjectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDataSubjectRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ministry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RetryDataSubjectRequestMutation, RetryDataSubjectRequestMutationVariables>;
export const SubmitDataSubjectRequestDocument = {"__meta__":{"hash":"sha256:e95785f5fcd96410df717b836580d3e2115dfc4d21fcf7c8c43cfbd754055753"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDataSubjectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDataSubjectRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDataSubjectRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ministry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"kept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDuty"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitDataSubjectRequestMutation, SubmitDataSubjectRequestMutationVariables>;
export const CompleteEnergyCourseDocument = {"__meta__":{"hash":"sha256:ab3630ceef89a1fb6623f3a685bc0d1483d780589f93b8056c67b386e3c5f3fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteEnergyCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"score"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEnergyCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enrollmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"passed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passed"}}},{"kind":"Argument","name":{"kind":"Name","value":"score"},"value":{"kind":"Variable","name":{"kind":"Name","value":"score"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CompleteEnergyCourseMutation, CompleteEnergyCourseMutationVariables>;
export const CompleteIndustryCourseDocument = {"__meta__":{"hash":"sha256:50918cef92d9d34c5788c6b7a82cad28c5432727d65e2aa1c64cf7a6f67198be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteIndustryCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"score"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeIndustryCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enrollmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"passed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passed"}}},{"kind":"Argument","name":{"kind":"Name","value":"score"},"value":{"kind":"Variable","name":{"kind":"Name","value":"score"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CompleteIndustryCourseMutation, CompleteIndustryCourseMutationVariables>;
export const CourseRosterDocument = {"__meta__":{"hash":"sha256:5172e5f4acda2f3a44044a9adcb4fcda0fb0256a72db8d4127ae64df3ea755cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"energyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"energyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CourseRosterQuery, CourseRosterQueryVariables>;
export const EnrollInEnergyCourseDocument = {"__meta__":{"hash":"sha256:e74c2b4cdee3fa1262a3790083879d16fba2d980f7beae8d8bb95d0171b6f3e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollInEnergyCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollInEnergyCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollInEnergyCourseMutation, EnrollInEnergyCourseMutationVariables>;
export const EnrollInIndustryCourseDocument = {"__meta__":{"hash":"sha256:b22e7c900035e1fff512e72f16dc296da9d27edd10e5b5a3790bf8b91b02d7f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollInIndustryCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollInIndustryCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAvailable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollInIndustryCourseMutation, EnrollInIndustryCourseMutationVariables>;
export const VerifyParticipantDocument = {"__meta__":{"hash":"sha256:61ccbd679f2ae3bb196d5e581e0f30ffee599b7dcc10577fbc6e313ac803799f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"mismatchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"checkedFields"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<VerifyParticipantQuery, VerifyParticipantQueryVariables>;
export const WorkerTrainingDocument = {"__meta__":{"hash":"sha256:48663acba94e0730aa4239826739246fed7ca3dfdac4c3ff363c2599222f92a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"energyEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"energyCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]} as unknown as DocumentNode<WorkerTrainingQuery, WorkerTrainingQueryVariables>;
export const AddProductDocument = {"__meta__":{"hash":"sha256:11a6d5a90b0d21a4fe8c364a8b5311102cc2cc7951087f7bf57532e1105febea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceIdr"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"exportReady"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}}]}}]}}]} as unknown as DocumentNode<AddProductMutation, AddProductMutationVariables>;
export const ApplyForFinancingDocument = {"__meta__":{"hash":"sha256:403bf6ff8335e325f993e2aaa9e5c15dae6f6b63aec47e5766a4a479cc910e0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForFinancing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForFinancingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForFinancing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}}]}}]}}]} as unknown as DocumentNode<ApplyForFinancingMutation, ApplyForFinancingMutationVariables>;
export const BusinessDirectoryDocument = {"__meta__":{"hash":"sha256:4d4e5220c85431056e05ce0cb55230a5dcf56acab9df40195006d93b2611c9e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByReturnedWorker"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BusinessDirectoryQuery, BusinessDirectoryQueryVariables>;
export const BusinessFileDocument = {"__meta__":{"hash":"sha256:9cec6f326dc94b5be6ad21633613ca255e03d5e55584559ee0e9a8eb152124af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"business"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByReturnedWorker"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceIdr"}},{"kind":"Field","name":{"kind":"Name","value":"exportReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kurBanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BusinessFileQuery, BusinessFileQueryVariables>;
export const DecideFinancingDocument = {"__meta__":{"hash":"sha256:9b8225247f9eb28a2603b85b44aac9a33e82384298cc98d8c3f5f20f41f5c7ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideFinancing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideFinancing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]} as unknown as DocumentNode<DecideFinancingMutation, DecideFinancingMutationVariables>;
export const ExportCatalogueDocument = {"__meta__":{"hash":"sha256:95a6ec367b322510e4a6dc4e3190bea696a70134481c363407ab72206af1f2bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"marketCountryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"exportReady"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"marketCountryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"marketCountryCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceIdr"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportCatalogueQuery, ExportCatalogueQueryVariables>;
export const RegisterBusinessDocument = {"__meta__":{"hash":"sha256:afd5b8235834d58af8d234541d375e19da8bae2625b6a709e41a05b92a2cdb7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBusinessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerBusiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByReturnedWorker"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}}]}}]}}]} as unknown as DocumentNode<RegisterBusinessMutation, RegisterBusinessMutationVariables>;