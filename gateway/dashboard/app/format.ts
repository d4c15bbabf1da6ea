/// <reference lib="dom" />

// Indonesian conventions: 1.234 for numbers, Rp for whole rupiah.
const count = new Intl.NumberFormat('id-ID');
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
const rupiahCompact = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', notation: 'compact', maximumFractionDigits: 1 });

export const formatCount = (value: number): string => count.format(value);
export const formatRupiah = (value: number): string => rupiah.format(value);
/** For an axis: `Rp 1,2 M` (miliar) rather than ten digits. */
export const formatRupiahCompact = (value: number): string => rupiahCompact.format(value);
