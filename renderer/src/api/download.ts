/** The browser saves a file: a link with `download`, clicked once and removed. */
function saveFrom(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** A one-time download of the browser host (GET /download/<id>). */
export const startDownload = (downloadId: string, fileName: string): void => saveFrom(`/download/${encodeURIComponent(downloadId)}`, fileName);

/** Text the core answered with (e.g. an SVG), saved as a file by the browser. */
export function saveText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  saveFrom(url, fileName);
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
