// A synthetic mail log as CSV text for the CSV benchmark and e2e tests: ten columns over four weeks, messages longer in the last week.
const DAYS = 28;

/**
 * A mail log over four weeks whose messages are e^0.3 ≈ 1.35 times longer in the last week; a fixed LCG, so every run reads the same file.
 * @param {number} rows
 * @returns {string}
 */
export function mailLog(rows) {
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const langs = ['en', 'en', 'en', 'fr', 'de', 'es', 'pt'];
  const domains = ['mail.example', 'work.example', 'family.example', 'shop.example', 'news.example'];
  const lines = ['message_id,received_at,sender_domain,sender_reputation,link_count,body_length,lang,hour,attachments,subject_length'];
  const start = Date.UTC(2027, 0, 4);
  for (let i = 0; i < rows; i++) {
    const time = start + Math.floor((i / rows) * DAYS * 86_400_000);
    const late = time >= start + 21 * 86_400_000;
    const length = Math.round(Math.exp(6 + (late ? 0.3 : 0) + 0.5 * normal()));
    const reputation = Math.min(1, Math.max(0, 0.7 + 0.15 * normal())).toFixed(3);
    lines.push(
      `m-${i},${new Date(time).toISOString().slice(0, 19)}Z,${domains[Math.floor(next() * domains.length)]},${reputation},${Math.floor(-Math.log(1 - next()) * 2)},${length},${langs[Math.floor(next() * langs.length)]},${new Date(time).getUTCHours()},${next() < 0.1 ? 1 : 0},${Math.round(30 + 10 * normal())}`,
    );
  }
  return lines.join('\n');
}
