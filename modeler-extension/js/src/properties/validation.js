/**
 * Inline feedback in the panel, from the same code as the lint rules (the panel still stores what the
 * analyst typed; lint and the server decide).
 */
import { partyProblems } from 'bpmnlint-plugin-loop/lib/party';
import { checkExpression } from 'bpmnlint-plugin-loop/lib/expression';
import { isDuration } from 'bpmnlint-plugin-loop/lib/duration';

export function validateParty(value) {
  if (!value) {
    return null;
  }
  return partyProblems(value)[0] || null;
}

export function validateDuration(value) {
  return !value || isDuration(value) ? null : 'Not an ISO-8601 duration: e.g. P2D, PT4H, P1W';
}

export function validateCheck(value) {
  if (!value) {
    return null;
  }
  const error = checkExpression(value);
  return error && error.message;
}

export function validateConditionId(value) {
  return /^[A-Za-z][A-Za-z0-9_.-]*$/.test(value || '') ? null : 'Start with a letter; letters, digits, _ . - only';
}
