"""The /downloads page and the file downloads it links, as Datasette routes."""

from datasette.app import Datasette
from datasette.utils.asgi import AsgiFileDownload, NotFound, Request, Response

from eastflank.loaders.serve.downloads import content_type, downloadable, release_files, table_rows
from eastflank.loaders.serve.release_folder import datapackage, release_folder

DOWNLOADS_PATH = "/downloads"


async def downloads_page(datasette: Datasette, request: Request) -> Response:
    """Every file of the release with size, checksum and how to open it, the row counts and the citation."""
    out = release_folder(datasette)
    package = datapackage(out)
    context = {
        "files": release_files(out),
        "rows": sorted(table_rows(out).items()),
        "citation": package.get("citation"),
        "version": package.get("version"),
        "created": package.get("created"),
        "downloads_path": DOWNLOADS_PATH,
    }
    return Response.html(await datasette.render_template("downloads.html", context, request=request))


async def download_file(datasette: Datasette, request: Request) -> AsgiFileDownload:
    """One listed file, streamed with its media type; 404 for any name SHA256SUMS does not list."""
    name = request.url_vars["name"]
    path = downloadable(release_folder(datasette), name)
    if path is None:
        raise NotFound(f"No release file named {name!r}")
    headers = {"cache-control": "public, max-age=3600"}
    return AsgiFileDownload(path, filename=path.name, content_type=content_type(name), headers=headers)
