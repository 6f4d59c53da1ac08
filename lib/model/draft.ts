/** A message to a therapist, as the client will send it (after editing). */
export interface Draft {
  to: string;
  subject: string;
  body: string;
}
