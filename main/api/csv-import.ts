import { z } from 'zod';
import { fileRef } from './common';

/**
 * What every CSV import shares (members, responses): how a file is read, the problems its start
 * shows, the preview of its columns and rows, and the rejections of rows that cannot be used.
 */

export const importEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1251', 'windows-1252'] as const;
export type ImportEncoding = (typeof importEncodings)[number];
export const importDelimiters = [',', ';', '\t', '|'] as const;
export type ImportDelimiter = (typeof importDelimiters)[number];
/** all-or-nothing: any rejected row stops the import and nothing is written; valid-rows: the good rows go in. */
export const importModes = ['all-or-nothing', 'valid-rows'] as const;
export type ImportMode = (typeof importModes)[number];
/** Languages the core writes the rejected-rows CSV in (the UI's languages). */
export const importLanguages = ['en', 'zh-CN', 'ru'] as const;
export type ImportLanguage = (typeof importLanguages)[number];

/** The file and how to read it; each setting overrides what the preview detected. */
export const readOptions = {
  file: fileRef,
  /** Overrides the detected encoding. */
  encoding: z.enum(importEncodings).optional(),
  /** Overrides the detected delimiter. */
  delimiter: z.enum(importDelimiters).optional(),
  /** Overrides the header guess; without a header the columns are named "Column 1", "Column 2", … */
  hasHeader: z.boolean().optional(),
};

const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const importProblem = z.object({
  /** error: blocks the import (or rejects the rows named); warning: worth a look. */
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  key: z.string(),
  params,
  /** Data rows concerned (1 = the first row after the header), at most 50. */
  rows: z.array(z.number().int()),
});
export type ImportProblem = z.infer<typeof importProblem>;

/** Why one row of a file cannot be used: its number, the column and value at fault (null: the row as a whole), an English message, and the key and params to translate it. */
export const importRejection = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
  key: z.string(),
  params,
});
export type ImportRejection = z.infer<typeof importRejection>;

/** One column of the file as the preview read it. */
export const previewColumn = z.object({
  index: z.number().int(),
  name: z.string(),
  /** Most frequent values in the rows read, for the recoding table. */
  values: z.array(z.object({ value: z.string(), count: z.number().int() })),
  empty: z.number().int(),
});

/** How the start of a file reads: what every import's preview answers. */
export const filePreview = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  /** The most the import accepts; a bigger file is refused before it is read. */
  maxBytes: z.number().int(),
  encoding: z.object({
    detected: z.enum(importEncodings),
    used: z.enum(importEncodings),
    bom: z.boolean(),
    /** certain: a byte-order mark or valid UTF-8; likely/guess: scored from the characters. */
    confidence: z.enum(['certain', 'likely', 'guess']),
  }),
  delimiter: z.object({ detected: z.enum(importDelimiters), used: z.enum(importDelimiters) }),
  hasHeader: z.object({ detected: z.boolean(), used: z.boolean() }),
  columns: z.array(previewColumn),
  /** The first rows as read (at most 20), original text. */
  sample: z.array(z.object({ row: z.number().int(), values: z.array(z.string()) })),
  rowsRead: z.number().int(),
  bytesRead: z.number().int(),
  /** true when the whole file fitted in the part the preview reads. */
  complete: z.boolean(),
  problems: z.array(importProblem),
  /** false when an error problem stops the whole file (header mismatch, duplicate names, empty, too big…). */
  canImport: z.boolean(),
});
export type FilePreview = z.infer<typeof filePreview>;

/** Replace raw values before they are checked: e.g. { "0": null } (null = missing). */
export const recodeTable = z.record(z.string(), z.string().max(500).nullable());
