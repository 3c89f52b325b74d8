'use strict';

const { checkExpression, isExpression } = require('./expression');

const ID = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;

/**
 * Splits a party (`user:alice, group:it-desk, ${initiator}`) into trimmed entries. Commas inside an
 * expression or a string literal do not split, so `${a == 'x,y'}` stays one entry.
 */
function splitParty(party) {
  const entries = [];
  let current = '';
  let depth = 0;
  let quote = null;

  for (let i = 0; i < party.length; i++) {
    const c = party[i];

    if (quote) {
      if (c === '\\') {
        current += c + (party[i + 1] || '');
        i++;
        continue;
      }
      if (c === quote) {
        quote = null;
      }
    } else if (depth && (c === '\'' || c === '"')) {
      quote = c;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth = Math.max(0, depth - 1);
    } else if (c === ',' && !depth) {
      entries.push(current.trim());
      current = '';
      continue;
    }

    current += c;
  }

  entries.push(current.trim());
  return entries;
}

/**
 * The problems of one party, each a sentence for the analyst; [] when well formed.
 */
function partyProblems(party) {
  if (!String(party).trim()) {
    return [ 'the party is empty' ];
  }

  const problems = [];

  for (const entry of splitParty(String(party))) {
    if (!entry) {
      problems.push('the party has an empty entry');
      continue;
    }

    const prefixed = /^(user|group):(.*)$/.exec(entry);
    if (prefixed) {
      if (!ID.test(prefixed[2])) {
        problems.push(`'${entry}' is not a valid ${prefixed[1]} id`);
      }
      continue;
    }

    if (isExpression(entry)) {
      const error = checkExpression(entry);
      if (error) {
        problems.push(`'${entry}': ${error.message}`);
      }
      continue;
    }

    problems.push(`'${entry}' is neither user:<id>, group:<id> nor an expression`);
  }

  return problems;
}

/**
 * The well-formed entries of a party as comparable keys (`user:alice`, `group:x`, `${initiator}`).
 * Malformed entries are skipped (lane-party reports them); an expression's safety does not matter here.
 */
function partyEntries(party) {
  if (party === undefined || party === null) {
    return [];
  }
  return splitParty(String(party)).filter(entry => {
    const prefixed = /^(user|group):(.*)$/.exec(entry);
    if (prefixed) {
      return ID.test(prefixed[2]);
    }
    return /^[$#]\{/.test(entry) && entry.endsWith('}');
  });
}

module.exports = { splitParty, partyProblems, partyEntries };
