/** The Bundles area (features/bundles/): responses moving between devices as files. */
export const bundlesEn = {
  title: 'Bundles',
  intro: 'Move responses between devices as files: export a bundle here, import it on another device. Nothing is lost and nothing is counted twice.',
  export: {
    title: 'Export a bundle',
    scope: 'What to export',
    everything: 'Everything changed since the last export to that place',
    survey: 'One survey: {{title}}',
    passphrase: 'Passphrase (optional)',
    passphraseHint: 'A bundle holds personal data. With a passphrase it is encrypted (AES-256); the other device needs the same passphrase.',
    run: 'Export bundle',
    running: 'Exporting…',
    done: 'Exported {{responses}} responses, {{versions}} survey versions, {{members}} members and {{tombstones}} erasures.',
    savedAt: 'Saved as {{path}}.',
  },
  import: {
    title: 'Import a bundle',
    file: 'Bundle file',
    choose: 'Choose a bundle file',
    passphrase: 'Passphrase (if it has one)',
    run: 'Import bundle',
    running: 'Importing…',
    doneTitle: 'Bundle imported',
    added: 'Added',
    updated: 'Updated',
    skipped: 'Skipped (already here)',
    conflicts: 'In conflict',
    rejected: 'Rejected',
    versionsAdded: 'Survey versions added',
    versionAdded: '“{{title}}”, version {{version}}',
    members: 'Members: {{added}} added, {{updated}} updated, {{erased}} erased here, {{linked}} responses linked.',
    overshoot: '“{{title}}” version {{version}}: {{complete}} complete responses, {{over}} over its cap of {{limit}}.',
    overshootTitle: 'Quotas exceeded across devices',
    rejections: 'Rejected responses',
    reason: {
      invalidRecord: 'Line {{line}}: not a response this workbench can read.',
      hashMismatch: 'Line {{line}}: its answers do not match its content hash.',
      versionMissing: 'Line {{line}}: its survey version is neither here nor in the bundle.',
      duplicate: 'Line {{line}}: appears twice in the bundle.',
    },
  },
  conflicts: {
    title: 'Conflicts to resolve',
    none: 'No conflicts. Responses that differ here and in a bundle wait here until you choose.',
    response: '“{{title}}” version {{version}} · response {{id}}',
    detected: 'Found {{at}}',
    mine: 'Here (mine)',
    theirs: 'From the bundle (theirs)',
    status: { draft: 'Draft', complete: 'Complete', void: 'Void' },
    noAnswer: 'No answers',
    keepMine: 'Keep mine',
    keepTheirs: 'Keep theirs',
    keepBoth: 'Keep both',
    resolved: 'Conflict resolved.',
  },
};

export const bundleErrorsEn = {
  bundle: {
    notBundle: '{{file}} is not a workbench bundle. Choose a file exported with “Export bundle” or downloaded from an offline pack. Nothing was imported.',
    newerFormat: '{{file}} was written by a newer workbench. Update this workbench, then import it again. Nothing was imported.',
    corrupted: '{{file}} is damaged: its content does not match its checksum (cut short or changed on the way). Copy it again from the device that exported it. Nothing was imported.',
    tampered: '{{file}} was changed after it was written: its encryption check failed. Export it again on the device it came from. Nothing was imported.',
    wrongPassphrase: '{{file}} is protected by another passphrase. Check the passphrase and try again. Nothing was imported.',
    passphraseNeeded: '{{file}} is protected by a passphrase. Enter the passphrase it was exported with. Nothing was imported.',
    tooLarge: '{{file}} is larger than a bundle can be. Nothing was imported.',
    conflictMissing: 'This conflict was already resolved.',
    pathNeeded: 'Choose where to save the bundle.',
  },
};

export const bundleJobKindsEn = { bundles: { export: 'Bundle export', import: 'Bundle import' } };
export const bundleJobPhasesEn = { bundleRead: 'Reading responses', bundleWrite: 'Writing the bundle', bundleMerge: 'Merging responses' };
