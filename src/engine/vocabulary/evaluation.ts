/**
 * Words that judge a row against its target, as planners write them in an
 * "Đánh giá" column or in Ghi chú: what each claims. Tested top down on the
 * folded text's start ("Không đạt" before "Đạt").
 */
import type { Verdict } from '../bounds';

export interface EvaluationWord {
  pattern: RegExp;
  /** 'met' covers a target met or exceeded ("Đạt" is right for both). */
  claims: 'exceeded' | 'met' | 'not-met';
  example: string;
}

export const EVALUATION_WORDS: readonly EvaluationWord[] = [
  { pattern: /^(khong|chua) (dat|hoan thanh)\b/, claims: 'not-met', example: 'Không đạt' },
  { pattern: /^(hoan thanh |dat )?vuot\b/, claims: 'exceeded', example: 'Vượt' },
  { pattern: /^(dat|hoan thanh)\b(?! mot phan)/, claims: 'met', example: 'Đạt' },
];

/** Words that hedge ("Cơ bản đạt", "Đạt một phần"): not checked. */
const HEDGED = /^co ban\b|^gan dat\b|^(dat|hoan thanh) mot phan\b/;

/** What an evaluation text claims, if it is one of the words above. */
export function evaluationClaim(folded: string): EvaluationWord['claims'] | undefined {
  if (!folded || HEDGED.test(folded)) return undefined;
  for (const w of EVALUATION_WORDS) if (w.pattern.test(folded)) return w.claims;
  return undefined;
}

/**
 * Whether a claim fits a verdict: 'error' when it says the opposite,
 * 'warning' when it says exceeded of a result that only reaches the target.
 */
export function claimMismatch(claim: EvaluationWord['claims'], verdict: Verdict): 'error' | 'warning' | null {
  if (claim === 'not-met') return verdict === 'not-met' ? null : 'error';
  if (verdict === 'not-met') return 'error';
  if (claim === 'exceeded' && verdict === 'met') return 'warning';
  return null;
}
