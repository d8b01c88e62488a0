import { problemWithMeAnswer } from './meAnswer.ts';
import { runLoad } from './measure.ts';
import type { HttpTarget, ScenarioSpec } from './scenarios.ts';

/**
 * Load a target, unmeasured, at the measured concurrency (JIT, connection pools, caches), checking every
 * single answer. Throws on the first sign that the target answers errors instead of `me`.
 */
export async function warmUp(
  spec: ScenarioSpec,
  target: HttpTarget,
  options: { connections: number; durationSeconds: number },
): Promise<{ responses: number }> {
  await checkOneRequest(spec, target);

  const problems = new Map<string, number>();
  const summary = await runLoad(target, {
    ...options,
    onResponse: (status, body) => {
      const problem = problemWithMeAnswer(spec.query, status, body);
      if (problem) problems.set(problem, (problems.get(problem) ?? 0) + 1);
    },
  });
  if (problems.size > 0) {
    const list = [...problems].map(([problem, count]) => `  ${count} × ${problem}`).join('\n');
    throw new Error(`Scenario ${spec.id} (${spec.title}): wrong answers during warm-up:\n${list}`);
  }
  if (summary.responses === 0 || summary.errors > 0 || summary.non2xx > 0) {
    throw new Error(
      `Scenario ${spec.id} (${spec.title}): warm-up got ${summary.responses} responses, ` +
        `${summary.non2xx} non-2xx, ${summary.errors} connection errors (${summary.timeouts} timeouts)`,
    );
  }
  return { responses: summary.responses };
}

/** One plain request, checked: the clearest message when a target is wrong from the start. */
export async function checkOneRequest(spec: ScenarioSpec, target: HttpTarget): Promise<void> {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const problem = problemWithMeAnswer(spec.query, response.status, await response.text());
  if (problem) throw new Error(`Scenario ${spec.id} (${spec.title}) at ${target.url} answered ${problem}`);
}
