/** A file the browser saves rather than shows, never kept by a shared cache. */
export function fileDownload(body: string, filename: string, contentType: string) {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

export function csvDownload(csv: string, name: string) {
  return fileDownload(csv, `${name}.csv`, "text/csv; charset=utf-8");
}
