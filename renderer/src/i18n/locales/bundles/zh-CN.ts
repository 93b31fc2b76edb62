import type { bundleErrorsEn, bundleJobKindsEn, bundleJobPhasesEn, bundlesEn } from './en';

export const bundlesZhCN: typeof bundlesEn = {
  title: '数据包',
  intro: '以文件在设备之间传递答卷：在这里导出数据包，在另一台设备上导入。不会丢失，也不会重复计数。',
  export: {
    title: '导出数据包',
    scope: '导出内容',
    everything: '自上次导出到该位置以来的全部更改',
    survey: '单个问卷：{{title}}',
    passphrase: '密码（可选）',
    passphraseHint: '数据包含有个人数据。设置密码后将加密（AES-256），另一台设备需要输入相同的密码。',
    run: '导出数据包',
    running: '正在导出…',
    done: '已导出 {{responses}} 份答卷、{{versions}} 个问卷版本、{{members}} 名成员和 {{tombstones}} 条删除记录。',
    savedAt: '已保存为 {{path}}。',
  },
  import: {
    title: '导入数据包',
    file: '数据包文件',
    choose: '选择数据包文件',
    passphrase: '密码（如有）',
    run: '导入数据包',
    running: '正在导入…',
    cancelHint: '取消将停止导入：已开始的内容都不会保留。',
    cancelledTitle: '已取消导入',
    cancelled: '未导入任何内容。',
    doneTitle: '数据包已导入',
    added: '新增',
    updated: '已更新',
    skipped: '已跳过（已存在）',
    conflicts: '存在冲突',
    rejected: '已拒绝',
    versionsAdded: '新增的问卷版本',
    versionAdded: '“{{title}}”第 {{version}} 版',
    members: '成员：新增 {{added}} 名，更新 {{updated}} 名，在此删除 {{erased}} 名，关联答卷 {{linked}} 份。',
    overshoot: '“{{title}}”第 {{version}} 版：{{complete}} 份完整答卷，超出上限 {{limit}} 共 {{over}} 份。',
    overshootTitle: '跨设备超出的配额',
    rejections: '被拒绝的答卷',
    reason: {
      invalidRecord: '第 {{line}} 行：不是本工作台能读取的答卷。',
      hashMismatch: '第 {{line}} 行：答案与其内容哈希不符。',
      versionMissing: '第 {{line}} 行：其问卷版本既不在此处，也不在数据包中。',
      duplicate: '第 {{line}} 行：在数据包中出现两次。',
    },
  },
  conflicts: {
    title: '待解决的冲突',
    none: '没有冲突。此处与数据包中内容不同的答卷会在这里等待您的选择。',
    response: '“{{title}}”第 {{version}} 版 · 答卷 {{id}}',
    detected: '发现于 {{at}}',
    mine: '本机（我的）',
    theirs: '来自数据包（对方的）',
    status: { draft: '草稿', complete: '已完成', void: '已作废' },
    noAnswer: '无答案',
    keepMine: '保留我的',
    keepTheirs: '保留对方的',
    keepBoth: '两者都保留',
    resolved: '冲突已解决。',
  },
};

export const bundleErrorsZhCN: typeof bundleErrorsEn = {
  bundle: {
    notBundle: '{{file}} 不是工作台数据包。请选择用“导出数据包”导出或从离线问卷包下载的文件。未导入任何内容。',
    newerFormat: '{{file}} 由更新版本的工作台写入。请先更新本工作台，再重新导入。未导入任何内容。',
    corrupted: '{{file}} 已损坏：内容与校验和不符（在传输中被截断或更改）。请从导出它的设备重新复制。未导入任何内容。',
    tampered: '{{file}} 在写入后被更改：加密校验失败。请在来源设备上重新导出。未导入任何内容。',
    wrongPassphrase: '{{file}} 使用的是另一个密码。请检查密码后重试。未导入任何内容。',
    passphraseNeeded: '{{file}} 受密码保护。请输入导出时使用的密码。未导入任何内容。',
    tooLarge: '{{file}} 超出了数据包的最大大小。未导入任何内容。',
    conflictMissing: '此冲突已被解决。',
    pathNeeded: '请选择数据包的保存位置。',
    packNotBuilt: '此安装中未构建离线问卷包页面。请运行“npm run build”。',
  },
};

export const bundleJobKindsZhCN: typeof bundleJobKindsEn = { bundles: { export: '导出数据包', import: '导入数据包' }, packs: { export: '导出离线问卷包' } };
export const bundleJobPhasesZhCN: typeof bundleJobPhasesEn = { bundleRead: '正在读取答卷', bundleWrite: '正在写入数据包', bundleMerge: '正在合并答卷' };
