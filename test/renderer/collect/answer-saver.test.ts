import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api';
import { AnswerSaver, type SaveState, type SavedAnswer } from '@renderer/features/collect/kiosk/answer-saver';

/** A collect.answer the test acknowledges (or fails) one call at a time. */
function setUp() {
  const sent: { answer: SavedAnswer; ack(): void; fail(err: ApiError): void }[] = [];
  const states: SaveState['status'][] = [];
  const saver = new AnswerSaver(
    (answer) => new Promise<void>((resolve, reject) => sent.push({ answer, ack: resolve, fail: reject })),
    (state) => states.push(state.status),
  );
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { saver, sent, states, tick };
}

describe('answer saver', () => {
  it('sends answers one at a time, in order, and says saved only after the last acknowledgement', async () => {
    const { saver, sent, states, tick } = setUp();
    saver.save('q1', 'daily', 1200);
    saver.save('q2', 7, 800);
    expect(sent.map((s) => s.answer)).toEqual([{ questionId: 'q1', value: 'daily', ms: 1200 }]);
    expect(states).toEqual(['saving']);
    sent[0]!.ack();
    await tick();
    expect(sent.map((s) => s.answer.questionId)).toEqual(['q1', 'q2']);
    expect(states).toEqual(['saving']);
    sent[1]!.ack();
    await tick();
    expect(states).toEqual(['saving', 'saved']);
  });

  it('merges answers to a question that wait behind the call in flight: the latest value, the times added', async () => {
    const { saver, sent, tick } = setUp();
    saver.save('name', 'O', 900);
    saver.save('name', 'Ol', 150);
    saver.save('name', 'Olga', 300);
    sent[0]!.ack();
    await tick();
    expect(sent.map((s) => s.answer)).toEqual([
      { questionId: 'name', value: 'O', ms: 900 },
      { questionId: 'name', value: 'Olga', ms: 450 },
    ]);
  });

  it('stops at a failed answer, keeps it, and sends it again (with what came after) on retry', async () => {
    const { saver, sent, states, tick } = setUp();
    saver.save('q1', 'daily', 100);
    saver.save('q2', 'x', 200);
    const flushed = saver.flush();
    sent[0]!.fail(new ApiError({ code: 'INTERNAL', message: 'disk I/O error' }));
    await expect(flushed).rejects.toThrow('disk I/O error');
    expect(states.at(-1)).toBe('failed');
    expect(sent).toHaveLength(1);

    saver.save('q1', 'weekly', 50);
    saver.retry();
    expect(sent.map((s) => s.answer).at(-1)).toEqual({ questionId: 'q1', value: 'weekly', ms: 150 });
    sent.at(-1)!.ack();
    await tick();
    expect(sent.map((s) => s.answer).at(-1)).toEqual({ questionId: 'q2', value: 'x', ms: 200 });
    const done = saver.flush();
    sent.at(-1)!.ack();
    await expect(done).resolves.toBeUndefined();
    expect(states.at(-1)).toBe('saved');
  });

  it('flushes at once when nothing waits', async () => {
    const { saver } = setUp();
    await expect(saver.flush()).resolves.toBeUndefined();
  });
});
