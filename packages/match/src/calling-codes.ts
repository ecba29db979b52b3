/**
 * Country calling codes (ITU-T E.164) of the origin and route countries, with the national number
 * lengths seen there. Codes are prefix-free, so the longest matching prefix identifies the country.
 */
export interface CallingCode {
  readonly country: string; // ISO alpha-3
  readonly code: string;
  /** Lengths of the national significant number (without trunk 0). */
  readonly lengths: readonly number[];
}

export const CALLING_CODES: readonly CallingCode[] = [
  { country: 'SYR', code: '963', lengths: [8, 9] },
  { country: 'AFG', code: '93', lengths: [9] },
  { country: 'IRQ', code: '964', lengths: [8, 9, 10] },
  { country: 'IRN', code: '98', lengths: [10] },
  { country: 'PAK', code: '92', lengths: [9, 10] },
  { country: 'ERI', code: '291', lengths: [7] },
  { country: 'ETH', code: '251', lengths: [9] },
  { country: 'SOM', code: '252', lengths: [7, 8, 9] },
  { country: 'SDN', code: '249', lengths: [9] },
  { country: 'PSE', code: '970', lengths: [8, 9] },
  { country: 'LBN', code: '961', lengths: [7, 8] },
  { country: 'JOR', code: '962', lengths: [8, 9] },
  { country: 'YEM', code: '967', lengths: [7, 8, 9] },
  { country: 'EGY', code: '20', lengths: [9, 10] },
  { country: 'LBY', code: '218', lengths: [8, 9] },
  { country: 'TUN', code: '216', lengths: [8] },
  { country: 'DZA', code: '213', lengths: [8, 9] },
  { country: 'MAR', code: '212', lengths: [9] },
  { country: 'BGD', code: '880', lengths: [10] },
  { country: 'NGA', code: '234', lengths: [8, 10] },
  { country: 'TUR', code: '90', lengths: [10] },
  { country: 'GRC', code: '30', lengths: [10] },
  { country: 'MKD', code: '389', lengths: [8] },
  { country: 'SRB', code: '381', lengths: [8, 9] },
  { country: 'XKX', code: '383', lengths: [8] },
  { country: 'MNE', code: '382', lengths: [8] },
  { country: 'BIH', code: '387', lengths: [8] },
  { country: 'HRV', code: '385', lengths: [8, 9] },
  { country: 'SVN', code: '386', lengths: [8] },
  { country: 'BGR', code: '359', lengths: [8, 9] },
  { country: 'ROU', code: '40', lengths: [9] },
  { country: 'HUN', code: '36', lengths: [8, 9] },
  { country: 'ALB', code: '355', lengths: [8, 9] },
  { country: 'AUT', code: '43', lengths: [10, 11] },
  { country: 'DEU', code: '49', lengths: [10, 11] },
  { country: 'ITA', code: '39', lengths: [9, 10] },
  { country: 'SWE', code: '46', lengths: [7, 8, 9] },
  { country: 'NLD', code: '31', lengths: [9] },
  { country: 'FRA', code: '33', lengths: [9] },
  { country: 'GBR', code: '44', lengths: [10] },
];

export const CALLING_CODE_BY_COUNTRY: ReadonlyMap<string, CallingCode> = new Map(CALLING_CODES.map((c) => [c.country, c]));
