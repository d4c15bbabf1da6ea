/**
 * Plausible Indonesian full names for seed workers, flavoured by province of origin, so the data
 * reads like real KP2MI records (Balinese birth-order names, Batak clans, Sasak titles, Sundanese and Javanese names).
 */
import type { Sex } from '../../subgraphs/kp2mi/nik';
import type { Random } from './random';

/** One tradition's name parts for one sex: a name is a single word, or first + optional middle + last. */
interface NamePool {
  singles: readonly string[];
  firsts: readonly string[];
  middles: readonly string[];
  lasts: readonly string[];
  /** Share of people known by a single word (common among older Javanese and Sundanese). */
  singleShare: number;
  /** Share of multi-word names that carry a middle word. */
  middleShare: number;
}

type Pools = Record<Sex, NamePool>;

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

const MUSLIM: Pools = {
  MALE: {
    singles: [],
    firsts: words(`
      Muhammad Ahmad Rahmat Rizki Fajar Hendra Arif Irfan Yusuf Ilham Hasan Syaiful Doni Aditya Bayu Fikri Reza Ridwan
      Taufik Zulkifli Hamzah Imam Yoga Wahyu Andika Dimas Faisal Hafiz Iqbal Jefri Khairul Lukman Mulyadi Nanda Rendi
      Sandi Teguh Usman Yudi Zainal Abdul Alfian Anwar Arman Azhar Burhan Darmawan Edi Fadli Firman Gilang Habibi Heri
      Indra Jamal Kamal Mansur Novri Rahman Rudi Salman Syahrul`),
    middles: words(`Nur Abdul Rizal Dwi Eka Aji Fadli Adi Ari Tri Al Fauzan Hadi Ikhsan Putra Rahmat Surya Aditya Dian Ilham`),
    lasts: words(`
      Saputra Kurniawan Hidayat Pratama Ramadhan Setiawan Nugraha Firmansyah Syahputra Maulana Rahman Hakim Fauzi Iskandar
      Wijaya Gunawan Hermawan Siswanto Siddiq Mahendra Santoso Kusuma Effendi Anwar Syahrial Rosyid Hamid Ismail Sulaiman
      Yahya Ardiansyah Akbar Alamsyah Fahmi Habibie Hasyim Husein Kadir Kamaruddin Fadillah Mansyur Nasir Rasyid Rizaldi
      Saleh Sofyan Suhendra Syamsuddin Zakaria Zulfikar Hidayatullah Irawan Junaidi Muharram`),
    singleShare: 0,
    middleShare: 0.55,
  },
  FEMALE: {
    singles: [],
    firsts: words(`
      Nur Fitri Siti Dewi Rina Nurul Putri Indah Ayu Wulan Rani Dian Eka Yuni Lia Mega Novi Ratna Sari Yusnita Lina Erna
      Marlina Nisa Anisa Desi Evi Fatma Herlina Intan Juwita Kiki Laila Maya Nia Rosmiati Suci Tuti Wina Yanti Aida Alya
      Annisa Citra Dina Elsa Fadilah Gita Hani Irma Jamilah Khadijah Lestari Melati Nabila Nadia Rahma Rizka Salsabila
      Syifa Vina Yulia Zahra`),
    middles: words(`Ayu Nur Indah Tri Dwi Puspita Sri Widya Dewi Mutia Aulia Fitri Kartika Mawar Putri Ratu Rizki Sekar Utami Wulan`),
    lasts: words(`
      Rahmawati Wulandari Fitriani Handayani Lestari Safitri Anggraini Puspitasari Oktaviani Kurniasih Hasanah Aisyah
      Fatimah Nurhaliza Maharani Ramadhani Susanti Permatasari Novitasari Yulianti Agustina Hidayah Amalia Khairunnisa
      Marlina Nuraini Rosdiana Syafitri Wahyuningsih Zulaikha Apriani Aryani Damayanti Febriani Kurniati Irawati Januarti
      Kartini Ningrum Mardiana Nurlela Nurjannah Pertiwi Rahmadani Saputri Sartika Septiani Syahrani Wahyuni Yuliana Zahara`),
    singleShare: 0,
    middleShare: 0.55,
  },
};

const JAVANESE: Pools = {
  MALE: {
    singles: words(`
      Sutrisno Slamet Sukirman Mulyono Suyanto Darmanto Sumarno Wagiman Sarmin Suparman Tukimin Sugiyono Jumadi Sumadi
      Kasiman Paiman Sukardi Sunarto Tarmuji Warsito Sudarno Karyono Parno Suwito`),
    firsts: words(`
      Agus Budi Eko Joko Slamet Bambang Heru Teguh Wahyu Sugeng Hadi Dwi Tri Yudi Rudi Sigit Bayu Dimas Fajar Arif Puji
      Nur Anton Rizky Danang Gilang Hari Imam Khoirul Muhammad Ahmad Nanang Priyo Rohmad Saiful Tono Wawan Yanto Edi Didik
      Aris Bagus Catur Dedy Fendi Gatot Hendro Indra Jarot Kukuh Mukhlis Panji Rahmat Sapto Totok Wahyudi Yoga Zainal
      Aditya Bowo Feri Galih Ilham Setyo Agung`),
    middles: words(`
      Adi Dwi Tri Nur Budi Eko Aji Joko Wahyu Rizki Catur Bagus Arif Bayu Dimas Fajar Hadi Imam Puji Rahmat Teguh Yudi
      Setyo Agung Sigit`),
    lasts: words(`
      Santoso Prasetyo Wibowo Setiawan Susanto Purnomo Hidayat Kurniawan Nugroho Saputra Wijaya Pratama Hartono Gunawan
      Suryanto Hermawan Raharjo Utomo Sulistyo Firmansyah Ramadhan Cahyono Santosa Riyadi Haryanto Wicaksono Prabowo
      Susilo Sutrisno Mulyono Supriyadi Kuncoro Triyono Widodo Salim Hariyadi Kurniadi Maryanto Purwanto Rochmad Setiyono
      Sugiarto Sunarto Suprapto Syaifudin Wahyudi Wardoyo Yulianto Budiman Darmawan Efendi Kusnadi Mujiono Nurcahyo
      Pamungkas Rusdianto Sasongko Ardiansyah Hadi Sutanto`),
    singleShare: 0.02,
    middleShare: 0.6,
  },
  FEMALE: {
    singles: words(`
      Sumiati Suparti Tumini Wartini Sukarni Suwarni Sulastri Rukmini Sutinah Wagiyem Sumarni Parmi Tukinah Sarinah
      Juminten Kasiyem Sumirah Painah Sukinem Warsini Tarsih Rusmini Sunarsih Ngatini`),
    firsts: words(`
      Sri Siti Dwi Tri Endang Rina Yuli Ani Tutik Nining Eni Ida Puji Dewi Ratna Nurul Anik Umi Kartini Mariyam Sugiarti
      Retno Wiwik Lilik Yeni Erna Ika Fitri Indah Novi Lina Heni Rini Nur Susi Titik Wulan Ayu Eka Kurnia Ambar Diah Endah
      Fitria Galuh Hesti Lestari Mei Nanik Ning Rahayu Tatik Winda Yayuk Yuliana Sundari Suci Arum Dyah Asih Erni Evi
      Rika Ririn Sulis Utami`),
    middles: words(`
      Ayu Nur Tri Dwi Sri Indah Puji Dewi Eka Rahayu Wahyu Retno Ratna Endah Kurnia Sari Arum Siti Lestari Wulan Fitri
      Diah Ning Tutik`),
    lasts: words(`
      Wahyuni Aminah Lestari Rahayu Handayani Susanti Wulandari Rahmawati Purwanti Setyaningsih Mulyani Sulistyowati
      Ningsih Astuti Yuliani Utami Kusumawati Fatimah Maryani Suryani Indrawati Hartini Sumarni Widayati Nurhayati Winarti
      Sulistiani Puspitasari Kristiani Mujiati Wijayanti Prihatin Septiani Safitri Anggraeni Listyowati Kurniawati Ariyani
      Pujiastuti Suwarni Sundari Susilowati Pratiwi Damayanti Hariyanti Kusumaningrum Lestiani Nuraini Oktaviani
      Puspitaningrum Rohmah Setyawati Triwahyuni Wulansari Yuniarti Zulaikah Mardiyah Sumarsih Sriyani Muryani`),
    singleShare: 0.02,
    middleShare: 0.6,
  },
};

const SUNDANESE: Pools = {
  MALE: {
    singles: words(`Ujang Dadang Cecep Aep Encep Jajang Ohan Dodi Yayat Oman Usep Endin Odih Karna`),
    firsts: words(`
      Asep Ujang Dadang Cecep Dedi Yayan Ade Deden Iwan Jajang Mamat Agus Rudi Ahmad Muhammad Dudung Engkos Hendi Kurnia
      Rizal Ridwan Wawan Yusuf Ilham Maman Nandang Ayi Dani Rian Fajar Aang Acep Budi Dadan Dian Enjang Gugun Herman
      Iip Jaja Kusnadi Lukman Nana Opik Rahmat Sandi Tatang Ucup Wahyu Yanto Yogi Zaenal Arip Bubun Cepi Deni`),
    middles: words(`Nur Abdul Muhammad Rahmat Ahmad Aris Eka Dwi Ade Budi Dadan Hadi Iman Jaya Asep Rizki Sandi Wahyu`),
    lasts: words(`
      Saepudin Suryadi Hidayat Sopandi Kurniawan Supriatna Sunarya Mulyana Permana Gunawan Rohman Solihin Hermawan
      Ruhiyat Nurdin Setiawan Firmansyah Maulana Ramdani Rustandi Sutisna Sobari Hendrayana Komarudin Syarifudin Suherman
      Wahyudin Iskandar Abdullah Apandi Darmawan Gumilar Hamdani Kosasih Mukti Nugraha Pratama Rahmat Saputra Somantri
      Sukmana Sumpena Sunandar Suryana Taufik Wijaya Yusuf Zaenudin Juhana Rosadi Mulyadi`),
    singleShare: 0.02,
    middleShare: 0.55,
  },
  FEMALE: {
    singles: words(`Euis Imas Popon Enok Cucu Neneng Cicih Yoyoh Iis Entin Enah Ecin Onih Titin`),
    firsts: words(`
      Neng Euis Imas Iis Enok Cucu Nenden Yanti Lilis Rina Siti Nia Ai Tati Eti Elis Nani Wiwin Yayah Neneng Rika Santi
      Dewi Fitri Nurul Sri Ika Ela Wulan Yuyun Ani Cici Dedeh Desi Eneng Ening Hani Heni Ikah Ina Kokom Leni Mimin Nining
      Nunung Nurhayati Ratna Rini Sari Teti Tini Tuti Uum Yeni Yuli Anah Ayu Ida`),
    middles: words(`Nur Siti Sri Ayu Dewi Neng Tia Rini Ai Euis Fitri Indah Lilis Nia Puspa Ratna Santi Wulan`),
    lasts: words(`
      Nurhasanah Kurniasih Rohaeti Rostika Nurjanah Mulyati Sumiati Komalasari Rahmawati Maryati Sukaesih Juariah
      Hasanah Jubaedah Aisyah Nurlaela Rosita Sopiah Rukmini Suryani Herawati Yulianti Susilawati Kartika Nurhayati
      Rosmiati Cahyati Ratnasari Apriani Darsih Fatimah Hayati Irawati Julaeha Kurniawati Lestari Maesaroh Mardiah Nuraeni
      Purnamasari Rahayu Rohayati Romlah Sartika Setiawati Solihat Suhartini Wulandari Yuliani Zubaedah`),
    singleShare: 0.02,
    middleShare: 0.55,
  },
};

/** Balinese names open with a sex marker and birth-order name; these prefixes are drawn as the first part. */
const BALINESE: Pools = {
  MALE: {
    singles: [],
    firsts: ['I Wayan', 'I Made', 'I Nyoman', 'I Ketut', 'I Komang', 'I Putu', 'I Gede', 'I Kadek', 'I Gusti Ngurah'],
    middles: words(`Gede Agus Bagus Dewa Putu Eka Adi Arya Dwi Wira Yoga Krisna Surya Darma`),
    lasts: words(`
      Sudarsana Suardana Artawan Wirawan Sukadana Budiasa Mertayasa Suarjana Adnyana Ariawan Darmawan Sujana Widiana Yasa
      Antara Arsana Astawa Sudiarta Mahendra Suparta Wiguna Sutama Parwata Kariasa Suartana Juliawan Sanjaya Wardana
      Adiputra Arimbawa Budiarta Dharmawan Gunawan Jaya Kertiyasa Mardika Mudana Pramana Purnama Santika Sedana Semara
      Suantara Sugiarta Sukarma Suwitra Winata Wirata`),
    singleShare: 0,
    middleShare: 0.6,
  },
  FEMALE: {
    singles: [],
    firsts: ['Ni Luh', 'Ni Luh Putu', 'Ni Luh Made', 'Ni Made', 'Ni Wayan', 'Ni Ketut', 'Ni Komang', 'Ni Nyoman', 'Ni Kadek', 'Ni Putu'],
    middles: words(`Ayu Sri Eka Dewi Putu Gede Ari Dwi Indah Kade Mas Rai`),
    lasts: words(`
      Sukmawati Suartini Ariani Sudiarti Widiastuti Puspitasari Sriasih Yuliantari Kartika Mariani Sulastri Wulandari
      Darmayanti Suryani Artini Sukerti Murniasih Mahayani Sintya Wahyuni Astiti Suwitri Rusmini Sudarmi Novitasari
      Yuniari Pratiwi Setiawati Adnyani Antari Ardani Budiani Damayanti Lestari Purnami Sariasih Sudewi Sukarini Sumerti
      Suriani Wardani Widyastuti`),
    singleShare: 0,
    middleShare: 0.6,
  },
};

const BATAK_CLANS: readonly string[] = words(`
  Siregar Nasution Simanjuntak Hutapea Lubis Harahap Sinaga Situmorang Pardede Tambunan Simatupang Sitompul Pasaribu
  Panjaitan Manurung Siahaan Hutagalung Sihombing Napitupulu Nainggolan Silalahi Marpaung Damanik Purba Sitorus
  Hasibuan Pohan Rangkuti Butarbutar Gultom Hutabarat Lumbantobing Matondang Nababan Pakpahan Rajagukguk Saragih
  Sianipar Sibarani Simbolon Sitanggang Tampubolon`);

/** Batak given names mix Christian and Muslim (Mandailing) ones; the clan comes last, for women often after br. (boru). */
const BATAK: Pools = {
  MALE: {
    singles: [],
    firsts: words(`
      Roni Daniel Parlindungan Hotman Marulak Sahat Tumpal Jhonson Poltak Benny Samuel Togar Binsar Martua Hendra Andreas
      Rizal Ahmad Muhammad Saut Robinson Jonathan Fernando Hasudungan Gabe Yosua Amran Syahrul Bonar Charles Darwin Edison
      Frans Hotlan Immanuel Jansen Kristian Lamhot Mangasi Nelson Osvaldo Pahala Ramli Sabar Timbul`),
    middles: words(`Parulian Hamonangan Maruli Tua Halomoan Rizki Fadli Pandapotan Sahala Tigor`),
    lasts: BATAK_CLANS,
    singleShare: 0,
    middleShare: 0.3,
  },
  FEMALE: {
    singles: [],
    firsts: words(`
      Rosmawati Lasmaria Tiurma Romauli Rotua Nurhayati Sondang Dewi Maria Risma Lenny Friska Yohana Sartika Nurmala
      Rohani Melati Rina Debora Erika Hotnida Lamria Mariana Ratna Siti Tiur Veronika Yanti Agnes Betty Clara Dormian
      Elfrida Fitri Grace Helena Intan Juliana Kristina Lusiana Martha Nova Rosdiana Santi Tetty`),
    middles: ['br.', 'br.', 'br.', 'br.', 'Maria', 'Uli', 'Rosa', 'Nur'],
    lasts: BATAK_CLANS,
    singleShare: 0,
    middleShare: 0.6,
  },
};

/** Sasak names sometimes carry the Lalu (men) or Baiq and Lale (women) titles of the Lombok nobility, listed repeatedly to weight them. */
const SASAK: Pools = {
  MALE: {
    singles: words(`Sahnan Juhaini Suhaili Mahsun Sapri Munawir Rusdi Hairil Sahdan Marzuki Jumaidi`),
    firsts: words(`
      Lalu Lalu Lalu Lalu Muhammad Ahmad Zaini Hamdi Hasbullah Jumadil Samsul Zulkarnain Hairul Abdul Sahnan Mahsun Rusdi
      Lukmanul Hadi Fathurrahman Junaidi Sukri Amrullah Mustiadi Sahdan Marzuki Khairul Saparudin Muhlis Rosidi Sahabudin
      Supardi Syamsul Taufikurrahman Wahid Zulkifli Ihsan Jamaludin Kamarudin Nurdin Rizal Saiful Arpan Halid`),
    middles: words(`Muhammad Ahmad Abdul Nur Saiful Hairul Lukman Rizal Sahrul Zainul`),
    lasts: words(`
      Zaini Hamdi Hakim Rahman Hidayat Azhar Fauzi Irwan Hasan Mustafa Sahril Rifai Khairi Anwar Munir Jayadi Subhan Wardi
      Hamzanwadi Ismail Saleh Mulyadi Abdillah Ahyar Bahri Fadli Habibi Hadiatullah Hamdan Irfan Jauhari Kasim Mahrup
      Najamudin Rahmatullah Ridwan Rosyidi Sahli Sudirman Suhardi Syarif Wahyudi Yusuf Zulhadi`),
    singleShare: 0.02,
    middleShare: 0.55,
  },
  FEMALE: {
    singles: words(`Sumiati Saniah Hairiyah Rohani Zuhriah Herniwati Saenah Rumenah Jumenah`),
    firsts: words(`
      Baiq Baiq Baiq Baiq Lale Nurul Siti Sri Hajar Rohani Zuhriah Mariam Saniah Juniarti Ernawati Fitriani Halimah
      Rabiatul Nur Maemunah Husnul Hartini Ika Sumiyati Aminah Aisyah Fatimah Hidayah Istiqomah Jumiati Khairunnisa
      Laili Mahni Nurhidayah Rahmi Rosita Samsiah Sukmawati Ulfa Wardah Zaenab Anita Hurriyah`),
    middles: words(`Nurul Siti Sri Nur Husnul Ainun Laila Rabiatul Dewi Eka`),
    lasts: words(`
      Hidayati Rahmawati Sukmawati Herniwati Ernawati Fitriani Hairiyah Ruqayyah Halimah Nurhasanah Aini Khotimah
      Fatmawati Rahmi Zuhriah Hikmah Jannah Azizah Mardiah Hasanah Maulida Sakinah Adawiyah Agustina Apriani Fauziah
      Hamdiah Hartini Humaira Juliana Kartini Lestari Maesarah Marlina Muliani Nurjannah Raudah Safitri Suhaimi Wahidah
      Yuliani Zaitun`),
    singleShare: 0.02,
    middleShare: 0.55,
  },
};

/** Name pools by province code; provinces not listed use common Indonesian Muslim names. */
const POOLS_BY_PROVINCE: Readonly<Record<string, Pools>> = {
  '32': SUNDANESE,
  '33': JAVANESE,
  '34': JAVANESE,
  '35': JAVANESE,
  '51': BALINESE,
  '52': SASAK,
};

/** Provinces where a local tradition is common but not universal: Batak in North Sumatra, Sundanese in Banten, Javanese transmigrants in Lampung. */
const MIXED_PROVINCES: Readonly<Record<string, { pools: Pools; share: number }>> = {
  '12': { pools: BATAK, share: 0.65 },
  '36': { pools: SUNDANESE, share: 0.6 },
  '18': { pools: JAVANESE, share: 0.6 },
};

function poolsFor(rng: Random, provinceCode: string): Pools {
  const mixed = MIXED_PROVINCES[provinceCode];
  if (mixed) return rng.chance(mixed.share) ? mixed.pools : MUSLIM;
  return POOLS_BY_PROVINCE[provinceCode] ?? MUSLIM;
}

/** Picks a word that is not yet part of the name, so no name reads "Nur Nur" or "Lalu Lalu". */
function pickFresh(rng: Random, choices: readonly string[], used: readonly string[]): string {
  const taken = new Set(used.flatMap((part) => part.split(' ')));
  for (;;) {
    const word = rng.pick(choices);
    if (!taken.has(word)) return word;
  }
}

export function indonesianName(rng: Random, sex: Sex, provinceCode: string): string {
  const pool = poolsFor(rng, provinceCode)[sex];
  if (pool.singles.length > 0 && rng.chance(pool.singleShare)) return rng.pick(pool.singles);
  const parts = [rng.pick(pool.firsts)];
  if (rng.chance(pool.middleShare)) parts.push(pickFresh(rng, pool.middles, parts));
  parts.push(pickFresh(rng, pool.lasts, parts));
  return parts.join(' ');
}
