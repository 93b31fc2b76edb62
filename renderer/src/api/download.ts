/** The browser saves a one-time download of the browser host (GET /download/<id>). */
export function startDownload(downloadId: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = `/download/${encodeURIComponent(downloadId)}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
