import { chartZhCN, chartErrorsZhCN } from './chart/zh-CN';
import { communityImportZhCN, communityZhCN, communityJobKindsZhCN, communityJobPhasesZhCN, rfmErrorsZhCN } from './community/zh-CN';
import { analysisZhCN, analysisErrorsZhCN } from './analysis/zh-CN';
import { csvErrorsZhCN, csvZhCN } from './csv/zh-CN';
import { exportZhCN, exportErrorsZhCN, exportJobKindsZhCN, exportJobPhasesZhCN } from './export/zh-CN';
import { collectZhCN, kioskErrorsZhCN } from './collect/zh-CN';
import type { Translations } from './en';
import { filterZhCN } from './filter/zh-CN';
import { importWizardZhCN } from './import-wizard/zh-CN';
import { memberZhCN } from './member/zh-CN';
import { importJobKindsZhCN, importJobPhasesZhCN, importRuntimeZhCN, panelErrorsZhCN, panelZhCN } from './panel/zh-CN';
import { demoProgressZhCN, lifecycleFunnelZhCN } from './overview/zh-CN';
import { recruitmentErrorsZhCN, recruitmentZhCN } from './recruitment/zh-CN';
import { responsesImportZhCN, responsesImportJobKindsZhCN, responsesImportJobPhasesZhCN } from './responses-import/zh-CN';
import { surveyErrorsZhCN } from './survey-errors/zh-CN';
import { collectionErrorsZhCN } from './collection-errors/zh-CN';
import { bundleErrorsZhCN, bundleJobKindsZhCN, bundleJobPhasesZhCN, bundlesZhCN } from './bundles/zh-CN';
import { responsesZhCN } from './responses/zh-CN';
import { healthZhCN, healthErrorsZhCN } from './health/zh-CN';
import { surveysZhCN } from './surveys/zh-CN';

export const zhCN: Translations = {
  app: {
    name: '洞察社区工作台',
    loading: '正在加载…',
    tokenMissing: {
      title: '此页面需要通过访问链接打开',
      body: '请使用启动工作台的终端中打印出的完整链接打开。该链接带有访问令牌，可防止本机上的其他程序访问。',
    },
  },
  common: {
    cancel: '取消',
    close: '关闭',
    dismiss: '知道了',
    retry: '重试',
    working: '正在处理…',
    reasonRequired: '请说明原因，至少 3 个字符。',
  },
  header: {
    noWorkspace: '未打开工作区',
    workspace: '当前工作区',
    language: '语言',
    user: '当前用户：{{name}}。点击修改姓名',
  },
  nav: {
    label: '功能区',
    overview: '概览',
    panel: '样本库',
    recruitment: '招募',
    surveys: '问卷',
    collect: '收集',
    responses: '答卷',
    responsesImport: '导入答卷',
    community: '社区健康',
    analysis: '分析',
    export: '导出',
    bundles: '数据包',
  },
  file: {
    menu: '文件',
    new: '新建工作区…',
    open: '打开工作区…',
    recent: '最近打开',
    recentEmpty: '没有最近打开的工作区',
    recentMissing: '文件不存在',
    saveCopy: '另存副本…',
    fileName: '文件名',
    folder: '文件夹',
    savedAs: '保存位置',
    invalidName: {
      empty: '请输入文件名。',
      tooLong: '最多 {{max}} 个字符。',
      characters: '文件名不能包含 / \\ : * ? " < > | 或控制字符。',
      dots: '文件名不能以点开头。',
    },
  },
  newWorkspace: {
    title: '新建工作区',
    intro: '一个工作区就是一个文件，保存一个社区的成员、问卷和回答。',
    demo: '填入示例社区数据',
    demoHint: '生成虚拟的成员、筛选问卷答案、问卷和回答，方便您熟悉工作台。',
    create: '创建',
    created: '已创建工作区 {{name}}。',
  },
  openWorkspace: {
    title: '打开工作区',
    empty: '此文件夹中没有工作区文件。',
    current: '当前已打开',
    takeOver: '接管并打开',
    takeOverHint: '只有在确定它没有在其他地方打开时（例如程序崩溃或重启之后）才接管。两个程序同时写入一个工作区会丢失更改。',
  },
  saveCopy: {
    title: '另存副本',
    intro: '将当前工作区的一致副本保存为新文件。您仍在当前工作区中继续工作。',
    save: '保存副本',
    saved: '已将副本保存到 {{path}}（{{size}}）。',
    replaceTitle: '替换该文件？',
    replace: '替换',
    replaceBody: '{{path}} 处已存在文件。要用副本替换它吗？它现有的内容将会丢失。',
  },
  workspaceSwitch: {
    followed: '工作区“{{name}}”已在另一个标签页或窗口中打开。此页面现在显示该工作区。',
  },
  profile: {
    title: '欢迎',
    editTitle: '您的姓名',
    intro: '删除个人数据、清理数据等操作会记录操作人的姓名。',
    name: '您的姓名（记录在审计日志中）',
    required: '请输入姓名后继续。',
    continue: '继续',
    save: '保存',
  },
  overview: {
    title: '概览',
    counts: {
      label: '工作区内容',
      members: '成员',
      surveys: '问卷',
      responses: '回答',
    },
    details: {
      title: '工作区文件',
      path: '位置',
      schemaVersion: '数据结构版本',
      size: '占用空间',
    },
    lifecycle: {
      title: '成员生命周期',
      caption: '已到达各阶段的成员数。处于留存阶段的成员已经过获取和激活阶段。',
      reached: '已到达此阶段',
      current: '当前处于此阶段',
      share: '占成员比例',
      noStages: '这些成员尚未记录生命周期阶段。',
    },
    empty: {
      title: '此工作区是空的',
      body: '添加成员、问卷和回答后，这里会显示它们的数量。如果想先四处看看，可以新建一个填有示例社区数据的工作区。',
      action: '新建含示例数据的工作区…',
    },
    generating: {
      title: '正在填入示例社区数据',
      body: '下方任务完成后，这里会显示各项数量。',
    },
    noWorkspace: {
      title: '未打开工作区',
      body: '新建一个工作区或打开已有的工作区即可开始。',
    },
  },
  jobs: {
    label: '后台任务',
    cancel: '取消',
    cancelling: '正在取消…',
    progress: '{{done}} / {{total}}',
    progressOpen: '已完成 {{done}}',
    state: {
      failed: '失败',
      cancelled: '已取消，已开始的更改均未保留。',
    },
    kind: {
      ...exportJobKindsZhCN,
      ...importJobKindsZhCN,
      ...responsesImportJobKindsZhCN,
      ...communityJobKindsZhCN,
      ...bundleJobKindsZhCN,
      workspace: {
        demo: '示例社区',
      },
    },
    kindUnknown: '后台任务',
    phase: {
      ...exportJobPhasesZhCN,
      ...importJobPhasesZhCN,
      ...responsesImportJobPhasesZhCN,
      ...communityJobPhasesZhCN,
      ...bundleJobPhasesZhCN,
      starting: '正在开始',
      members: '成员',
      screener: '筛选问卷答案',
      surveys: '问卷',
      responses: '回答',
    },
  },
  member: memberZhCN,
  panel: panelZhCN,
  importWizard: importWizardZhCN,
  import: importRuntimeZhCN,
  recruitment: recruitmentZhCN,
  responsesImport: responsesImportZhCN,
  community: communityZhCN,
  communityImport: communityImportZhCN,
  rfm: rfmErrorsZhCN,
  bundles: bundlesZhCN,
  surveys: surveysZhCN,
  collect: collectZhCN,
  responses: responsesZhCN,
  analysis: analysisZhCN,
  lifecycleFunnel: lifecycleFunnelZhCN,
  health: healthZhCN,
  chart: chartZhCN,
  demoProgress: demoProgressZhCN,
  filter: filterZhCN,
  csv: csvZhCN,
  export: exportZhCN,
  errors: {
    ...exportErrorsZhCN,
    ...panelErrorsZhCN,
    ...recruitmentErrorsZhCN,
    ...surveyErrorsZhCN,
    ...collectionErrorsZhCN,
    ...bundleErrorsZhCN,
    ...csvErrorsZhCN,
    ...kioskErrorsZhCN,
    ...chartErrorsZhCN,
    ...analysisErrorsZhCN,
    ...healthErrorsZhCN,
    workspaceLocked: '此工作区已在另一个程序（{{host}} 上的进程 {{pid}}）中打开，打开时间：{{since}}。请先在那里关闭，或打开一个副本。如果确定它没有在任何地方打开，可以接管它。',
    unknownMigration: '此工作区已被更新或不同版本的工作台修改（此处无法识别迁移 {{version}}“{{name}}”）。请使用该版本打开。',
    workspaceCorrupt: '工作区 {{path}} 已损坏，无法打开。请改为打开备份副本。',
    fileExists: '{{path}} 处已存在文件。请换一个名称。',
    workspaceMissing: '{{path}} 处没有工作区。',
    notAWorkspace: '{{path}} 不是工作区文件。',
    writeOntoWorkspace: '{{path}} 是工作区或工作区的文件。工作台绝不会覆盖工作区：请换一个名称。',
    workspaceIsFolder: '{{path}} 是文件夹，不是工作区文件。',
    pathIsFolder: '{{path}} 是文件夹。请在其中指定一个文件名。',
    pathTooLong: '路径 {{path}} 对文件系统来说太长。请选择更短的名称或文件夹。',
    pathThroughFile: '路径 {{path}} 中有一部分是文件，而不是文件夹。',
    diskFull: '没有足够的空间写入 {{path}}。',
    cannotWrite: '无法写入 {{path}}：{{reason}}',
    cannotRead: '无法读取 {{path}}：{{reason}}',
    noWorkspace: '未打开工作区。请通过“文件”菜单新建或打开一个。',
    pathNotAllowed: '{{path}} 不在此工作台可使用的文件夹内。',
    jobMissing: '任务 {{jobId}} 已不存在。',
    unknownMethod: '工作台不认识操作“{{method}}”，它可能比此窗口的版本旧。',
    cancelled: '已取消，已开始的更改均未保留。',
    hostUnreachable: '无法连接到工作台。它还在运行吗？',
    badResponse: '工作台返回了意外的应答（HTTP {{status}}）。',
  },
};
