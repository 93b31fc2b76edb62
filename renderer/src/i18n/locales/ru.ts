import { chartRu, chartErrorsRu } from './chart/ru';
import { communityImportRu, communityRu, communityJobKindsRu, communityJobPhasesRu, rfmErrorsRu } from './community/ru';
import { analysisRu, analysisErrorsRu } from './analysis/ru';
import { csvErrorsRu, csvRu } from './csv/ru';
import { exportRu, exportErrorsRu, exportJobKindsRu, exportJobPhasesRu } from './export/ru';
import { collectRu, kioskErrorsRu } from './collect/ru';
import type { Translations } from './en';
import { filterRu } from './filter/ru';
import { importWizardRu } from './import-wizard/ru';
import { memberRu } from './member/ru';
import { importJobKindsRu, importJobPhasesRu, importRuntimeRu, panelErrorsRu, panelRu } from './panel/ru';
import { demoProgressRu, lifecycleFunnelRu } from './overview/ru';
import { recruitmentErrorsRu, recruitmentRu } from './recruitment/ru';
import { responsesImportRu, responsesImportJobKindsRu, responsesImportJobPhasesRu } from './responses-import/ru';
import { surveyErrorsRu } from './survey-errors/ru';
import { collectionErrorsRu } from './collection-errors/ru';
import { bundleErrorsRu, bundleJobKindsRu, bundleJobPhasesRu, bundlesRu } from './bundles/ru';
import { responsesRu } from './responses/ru';
import { healthRu, healthErrorsRu } from './health/ru';
import { surveysRu } from './surveys/ru';

export const ru: Translations = {
  app: {
    name: 'Рабочее место инсайт-сообщества',
    loading: 'Загрузка…',
    tokenMissing: {
      title: 'Эту страницу нужно открыть по ссылке доступа',
      body: 'Откройте рабочее место по полной ссылке, которую оно вывело в терминале при запуске. В ссылке есть токен доступа, который не пускает другие программы на этом компьютере.',
    },
  },
  common: {
    cancel: 'Отмена',
    close: 'Закрыть',
    dismiss: 'Скрыть',
    retry: 'Повторить',
    working: 'Выполняется…',
    reasonRequired: 'Укажите причину, не короче 3 символов.',
  },
  header: {
    noWorkspace: 'Рабочая область не открыта',
    workspace: 'Открытая рабочая область',
    language: 'Язык',
    user: 'Пользователь: {{name}}. Изменить имя',
  },
  nav: {
    label: 'Разделы',
    overview: 'Обзор',
    panel: 'Панель',
    recruitment: 'Набор',
    surveys: 'Опросы',
    collect: 'Сбор',
    responses: 'Анкеты',
    responsesImport: 'Импорт ответов',
    community: 'Здоровье сообщества',
    analysis: 'Анализ',
    export: 'Экспорт',
    bundles: 'Пакеты',
  },
  file: {
    menu: 'Файл',
    new: 'Новая рабочая область…',
    open: 'Открыть рабочую область…',
    recent: 'Недавние',
    recentEmpty: 'Недавних рабочих областей нет',
    recentMissing: 'файл не найден',
    saveCopy: 'Сохранить копию…',
    fileName: 'Имя файла',
    folder: 'Папка',
    savedAs: 'Будет сохранено как',
    invalidName: {
      empty: 'Введите имя файла.',
      tooLong: 'Не более {{max}} символов.',
      characters: 'Имя файла не может содержать / \\ : * ? " < > | и управляющие символы.',
      dots: 'Имя файла не может начинаться с точки.',
    },
  },
  newWorkspace: {
    title: 'Новая рабочая область',
    intro: 'Рабочая область — это один файл, в котором хранится сообщество: участники, опросы и ответы.',
    demo: 'Заполнить демонстрационным сообществом',
    demoHint: 'Вымышленные участники, ответы на скрининг, опросы и ответы, чтобы познакомиться с программой.',
    create: 'Создать',
    created: 'Рабочая область {{name}} создана.',
  },
  openWorkspace: {
    title: 'Открыть рабочую область',
    empty: 'В этой папке нет файлов рабочих областей.',
    current: 'Открыта сейчас',
    takeOver: 'Перехватить и открыть',
    takeOverHint: 'Перехватывайте, только если уверены, что она больше нигде не открыта, например после сбоя или перезагрузки. Если две программы пишут в одну рабочую область, изменения теряются.',
  },
  saveCopy: {
    title: 'Сохранить копию',
    intro: 'Сохраняет согласованную копию открытой рабочей области в новый файл. Вы продолжаете работать в текущей.',
    save: 'Сохранить копию',
    saved: 'Копия сохранена в {{path}} ({{size}}).',
    replaceTitle: 'Заменить файл?',
    replace: 'Заменить',
    replaceBody: 'Файл {{path}} уже существует. Заменить его копией? Его текущее содержимое будет потеряно.',
  },
  workspaceSwitch: {
    followed: 'В другой вкладке или окне открыта рабочая область «{{name}}». Эта страница теперь показывает её.',
  },
  profile: {
    title: 'Добро пожаловать',
    editTitle: 'Ваше имя',
    intro: 'Такие изменения, как удаление персональных данных и очистка данных, записываются с именем того, кто их сделал.',
    name: 'Ваше имя (записывается в журнал аудита)',
    required: 'Чтобы продолжить, введите имя.',
    continue: 'Продолжить',
    save: 'Сохранить',
  },
  overview: {
    title: 'Обзор',
    counts: {
      label: 'Содержимое рабочей области',
      members: 'Участники',
      surveys: 'Опросы',
      responses: 'Ответы',
    },
    details: {
      title: 'Файл рабочей области',
      path: 'Расположение',
      schemaVersion: 'Версия схемы',
      size: 'Размер на диске',
    },
    lifecycle: {
      title: 'Жизненный цикл участников',
      caption: 'Участники, дошедшие до каждого этапа. Участник на этапе удержания уже прошёл привлечение и активацию.',
      reached: 'Дошли до этапа',
      current: 'Сейчас на этапе',
      share: 'Доля участников',
      noStages: 'Для этих участников этапы жизненного цикла пока не записаны.',
    },
    empty: {
      title: 'Эта рабочая область пуста',
      body: 'Здесь появится число участников, опросов и ответов, когда вы их добавите. Чтобы сначала осмотреться, создайте рабочую область с демонстрационным сообществом.',
      action: 'Новая рабочая область с демоданными…',
    },
    generating: {
      title: 'Рабочая область заполняется демонстрационным сообществом',
      body: 'Числа появятся здесь, как только завершится задача внизу.',
    },
    noWorkspace: {
      title: 'Рабочая область не открыта',
      body: 'Чтобы начать, создайте новую рабочую область или откройте существующую.',
    },
  },
  jobs: {
    label: 'Фоновые задачи',
    cancel: 'Отменить',
    cancelling: 'Отмена…',
    progress: '{{done}} из {{total}}',
    progressOpen: 'Готово: {{done}}',
    state: {
      failed: 'Ошибка',
      cancelled: 'Отменена. Начатые изменения не сохранены.',
    },
    kind: {
      ...exportJobKindsRu,
      ...importJobKindsRu,
      ...responsesImportJobKindsRu,
      ...communityJobKindsRu,
      ...bundleJobKindsRu,
      workspace: {
        demo: 'Демонстрационное сообщество',
      },
    },
    kindUnknown: 'Фоновая задача',
    phase: {
      ...exportJobPhasesRu,
      ...importJobPhasesRu,
      ...responsesImportJobPhasesRu,
      ...communityJobPhasesRu,
      ...bundleJobPhasesRu,
      starting: 'Подготовка',
      members: 'Участники',
      screener: 'Ответы на скрининг',
      surveys: 'Опросы',
      responses: 'Ответы',
    },
  },
  member: memberRu,
  panel: panelRu,
  importWizard: importWizardRu,
  import: importRuntimeRu,
  recruitment: recruitmentRu,
  responsesImport: responsesImportRu,
  community: communityRu,
  communityImport: communityImportRu,
  rfm: rfmErrorsRu,
  bundles: bundlesRu,
  surveys: surveysRu,
  collect: collectRu,
  responses: responsesRu,
  analysis: analysisRu,
  lifecycleFunnel: lifecycleFunnelRu,
  health: healthRu,
  chart: chartRu,
  demoProgress: demoProgressRu,
  filter: filterRu,
  csv: csvRu,
  export: exportRu,
  errors: {
    ...exportErrorsRu,
    ...panelErrorsRu,
    ...recruitmentErrorsRu,
    ...surveyErrorsRu,
    ...collectionErrorsRu,
    ...bundleErrorsRu,
    ...csvErrorsRu,
    ...kioskErrorsRu,
    ...chartErrorsRu,
    ...analysisErrorsRu,
    ...healthErrorsRu,
    workspaceLocked: 'Эта рабочая область уже открыта в другой программе (процесс {{pid}} на {{host}}) с {{since}}. Закройте её там или откройте копию. Если вы уверены, что она нигде не открыта, перехватите её.',
    unknownMigration: 'Эту рабочую область изменила более новая или другая версия программы (миграция {{version}} «{{name}}» здесь неизвестна). Откройте её в той версии.',
    workspaceCorrupt: 'Рабочая область {{path}} повреждена и не может быть открыта. Откройте резервную копию.',
    fileExists: 'Файл {{path}} уже существует. Выберите другое имя.',
    workspaceMissing: 'Рабочей области {{path}} не существует.',
    notAWorkspace: '{{path}} не является файлом рабочей области.',
    writeOntoWorkspace: '{{path}} — рабочая область или один из её файлов. Программа никогда не записывает поверх рабочей области: выберите другое имя.',
    workspaceIsFolder: '{{path}} — это папка, а не файл рабочей области.',
    pathIsFolder: '{{path}} — это папка. Укажите имя файла в ней.',
    pathTooLong: 'Путь {{path}} слишком длинный для файловой системы. Выберите более короткое имя или папку.',
    pathThroughFile: 'Часть пути {{path}} — файл, а не папка.',
    diskFull: 'Недостаточно места, чтобы записать {{path}}.',
    cannotWrite: 'Не удалось записать {{path}}: {{reason}}',
    cannotRead: 'Не удалось прочитать {{path}}: {{reason}}',
    noWorkspace: 'Рабочая область не открыта. Создайте или откройте её в меню «Файл».',
    pathNotAllowed: '{{path}} находится вне папок, доступных этой программе.',
    jobMissing: 'Задачи {{jobId}} больше нет.',
    unknownMethod: 'Программа не знает действия «{{method}}». Возможно, она старее этого окна.',
    cancelled: 'Отменено. Начатые изменения не сохранены.',
    hostUnreachable: 'Не удаётся связаться с программой. Она ещё работает?',
    badResponse: 'Программа прислала неожиданный ответ (HTTP {{status}}).',
  },
};
