// Error codes of a payments SDK, as TypeScript publishes them: an object
// of constants (`as const`), single-quoted values, a quoted key.

/** The codes the API sends in `error.code`. */
export const PaymentErrorCode = {
  /** The card was declined. */
  CardDeclined: 'card_declined',
  /** The card has expired. */
  ExpiredCard: 'expired_card',
  // The balance does not cover the charge.
  InsufficientFunds: 'insufficient_funds',
  'processing_error': 'processing_error', // An error occurred while processing the card.
} as const;

export type PaymentErrorCode = (typeof PaymentErrorCode)[keyof typeof PaymentErrorCode];
