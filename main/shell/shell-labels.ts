/**
 * The few strings the main process shows itself (menu, native dialogs). The renderer's i18n does not
 * reach the main process, so they live here, in the same three languages.
 */
/** The product's name, the same in every language. */
export const PRODUCT_NAME = 'Insight Community Workbench';

const en = {
  file: 'File',
  newWorkspace: 'New Workspace…',
  openWorkspace: 'Open Workspace…',
  openRecent: 'Open Recent',
  noRecent: 'No recent workspaces',
  saveCopy: 'Save a Copy…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  help: 'Help',
  about: 'About',
  aboutDetail: 'Version {version}\nFor research teams running insight communities.',
  workspaceFiles: 'Workspace files',
  newWorkspaceTitle: 'New workspace',
  openWorkspaceTitle: 'Open workspace',
  saveCopyTitle: 'Save a copy of the workspace',
  createFailed: 'Could not create the workspace',
  openFailed: 'Could not open the workspace',
  saveCopyFailed: 'Could not save a copy',
  startupFailed: 'Could not open your last workspace',
  pageFailed: 'Could not load the workbench window',
  coreStopped: 'The workbench core stopped unexpectedly',
  coreRestarted: 'It was started again and has reopened your workspace. Anything that was not saved yet may have to be repeated.',
  coreGaveUp: 'It keeps stopping, so it was not started again. Quit the workbench and start it again.',
};

export type ShellLabels = Record<keyof typeof en, string>;

const zh: ShellLabels = {
  file: '文件',
  newWorkspace: '新建工作区…',
  openWorkspace: '打开工作区…',
  openRecent: '最近打开',
  noRecent: '没有最近的工作区',
  saveCopy: '保存副本…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  toggleDevTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '全屏',
  help: '帮助',
  about: '关于',
  aboutDetail: '版本 {version}\n面向运营洞察社区的研究团队。',
  workspaceFiles: '工作区文件',
  newWorkspaceTitle: '新建工作区',
  openWorkspaceTitle: '打开工作区',
  saveCopyTitle: '保存工作区副本',
  createFailed: '无法创建工作区',
  openFailed: '无法打开工作区',
  saveCopyFailed: '无法保存副本',
  startupFailed: '无法打开上次使用的工作区',
  pageFailed: '无法加载工作台窗口',
  coreStopped: '工作台核心意外停止',
  coreRestarted: '核心已重新启动并重新打开了工作区。尚未保存的内容可能需要重做。',
  coreGaveUp: '核心反复停止，因此未再重新启动。请退出工作台后重新启动。',
};

const ru: ShellLabels = {
  file: 'Файл',
  newWorkspace: 'Новое рабочее пространство…',
  openWorkspace: 'Открыть рабочее пространство…',
  openRecent: 'Открыть недавние',
  noRecent: 'Нет недавних рабочих пространств',
  saveCopy: 'Сохранить копию…',
  quit: 'Выход',
  edit: 'Правка',
  undo: 'Отменить',
  redo: 'Повторить',
  cut: 'Вырезать',
  copy: 'Копировать',
  paste: 'Вставить',
  selectAll: 'Выделить всё',
  view: 'Вид',
  reload: 'Перезагрузить',
  toggleDevTools: 'Инструменты разработчика',
  resetZoom: 'Исходный размер',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  toggleFullScreen: 'Полноэкранный режим',
  help: 'Справка',
  about: 'О программе',
  aboutDetail: 'Версия {version}\nДля исследовательских команд, ведущих инсайт-сообщества.',
  workspaceFiles: 'Файлы рабочих пространств',
  newWorkspaceTitle: 'Новое рабочее пространство',
  openWorkspaceTitle: 'Открыть рабочее пространство',
  saveCopyTitle: 'Сохранить копию рабочего пространства',
  createFailed: 'Не удалось создать рабочее пространство',
  openFailed: 'Не удалось открыть рабочее пространство',
  saveCopyFailed: 'Не удалось сохранить копию',
  startupFailed: 'Не удалось открыть последнее рабочее пространство',
  pageFailed: 'Не удалось загрузить окно рабочего места',
  coreStopped: 'Ядро рабочего места неожиданно остановилось',
  coreRestarted: 'Оно запущено снова и заново открыло рабочее пространство. Несохранённые действия, возможно, придётся повторить.',
  coreGaveUp: 'Оно останавливается снова и снова, поэтому больше не перезапускается. Закройте рабочее место и запустите его заново.',
};

const byLanguage = new Map<string, ShellLabels>([
  ['en', en],
  ['zh', zh],
  ['ru', ru],
]);

/** Labels for an Electron locale such as "zh-CN" or "ru"; English for any other language. */
export function shellLabels(locale: string): ShellLabels {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return byLanguage.get(language) ?? en;
}

export const aboutDetail = (labels: ShellLabels, version: string) => labels.aboutDetail.replace('{version}', version);
