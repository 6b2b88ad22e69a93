/** Session lifetimes and sign-in throttling, in one place. */
export const AUTH_POLICY = {
  accessTtlMinutes: 30,
  refreshTtlDays: 14,
  /** Wrong passwords for one username from one address (login and changeMyPassword alike)… */
  maxFailedLogins: 5,
  /** …and from one address for any usernames (password spraying; a campus NAT shares one address). */
  maxFailedLoginsPerAddress: 30,
  /** Failures count within this many minutes of the first; reaching a limit locks that key as long. */
  lockoutMinutes: 15,
  /** Throttle rows older than this are deleted (they long stopped mattering). */
  throttleRetentionHours: 24,
} as const;
