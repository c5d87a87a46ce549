using Sakip.App;

namespace Sakip.Web.Halaman;

/// <summary>The HTTP status every page and endpoint answers a failed use case with: one mapping, here.</summary>
public static class StatusKegagalan
{
    public static int Kode(JenisKegagalan jenis) => jenis switch
    {
        JenisKegagalan.Ditolak => StatusCodes.Status403Forbidden,
        JenisKegagalan.TidakDitemukan => StatusCodes.Status404NotFound,
        JenisKegagalan.Konflik => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
