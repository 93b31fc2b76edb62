import type { SurveyLanguage } from '../survey/definition';

/**
 * Stop words left out of open-text word counts: compact published lists, copied as published.
 *
 * - en: NLTK's English stop-word list, 179 words (nltk_data corpora/stopwords, "english").
 * - ru: NLTK's Russian stop-word list, 151 words (nltk_data corpora/stopwords, "russian", from the
 *   Snowball project's Russian list). Written with е for ё; word counting folds ё to е to match.
 * - zh-CN: the 119 single characters of Stopwords ISO's Chinese list (github.com/stopwords-iso/
 *   stopwords-zh, stopwords-zh.txt, MIT licence), plus the pronouns, demonstratives and
 *   conjunctions of the Baidu list kept in the same repository (raw/baidu.txt) that
 *   Intl.Segmenter emits as one word, since the single characters alone miss 我们, 这个, 但是…
 *   (that list writes 他们 as "他们们", a typo; 他们 is listed here).
 *
 * The three lists are in different scripts (Latin, Cyrillic, Han), so all of them apply to every
 * text: an English phrase inside a Chinese answer loses its "the" too.
 */
const en =
  "i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves he him his himself she she's her hers " +
  "herself it it's its itself they them their theirs themselves what which who whom this that that'll these those am is are was were be been " +
  'being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into ' +
  'through during before after above below to from up down in out on off over under again further then once here there when where why how ' +
  "all any both each few more most other some such no nor not only own same so than too very s t can will just don don't should should've " +
  "now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn " +
  "mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't";

const ru =
  'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь ' +
  'когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ' +
  'ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь ' +
  'этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через ' +
  'эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда ' +
  'конечно всю между';

const zhCharacters =
  '一 上 下 不 与 且 个 为 乃 么 之 也 了 于 些 亦 人 今 仍 从 他 以 们 但 何 你 使 儿 其 再 几 凡 凭 则 别 到 即 却 去 又 及 另 只 可 各 同 后 向 吧 和 ' +
  '咱 哇 哟 哪 啥 啦 嗡 嘛 因 在 她 好 如 它 小 尔 已 并 当 往 很 得 怎 您 我 或 所 打 把 拿 据 无 既 是 曾 最 有 来 某 此 每 比 沿 用 由 的 看 着 给 而 自 至 ' +
  '致 若 虽 被 让 该 诸 谁 起 趁 距 跟 还 这 那 随 靠';

const zhWords =
  '我们 你们 他们 她们 它们 咱们 人们 大家 自己 这个 那个 这些 那些 这样 那样 这么 那么 这里 那里 什么 怎么 怎样 为了 因为 所以 因此 于是 但是 ' +
  '不过 可是 而且 而是 或者 以及 如果 虽然 只是 只要 只有 就是 还是 还有 不是 可以 有些 有的 一些 其他 对于 由于 的话 然后';

const words = (list: string) => list.split(' ');

export const STOP_WORDS: Readonly<Record<SurveyLanguage, readonly string[]>> = {
  en: words(en),
  ru: words(ru),
  'zh-CN': [...words(zhCharacters), ...words(zhWords)],
};

export const ALL_STOP_WORDS: ReadonlySet<string> = new Set(Object.values(STOP_WORDS).flat());
