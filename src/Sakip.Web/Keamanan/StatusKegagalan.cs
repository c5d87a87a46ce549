using Sakip.App;

namespace Sakip.Web.Keamanan;

/// <summary>The HTTP status a page answers with when a use case fails.</summary>
public static class StatusKegagalan
{
    public static int Kode(JenisKegagalan? jenis) => jenis switch
    {
        JenisKegagalan.Ditolak => StatusCodes.Status403Forbidden,
        JenisKegagalan.TidakDitemukan => StatusCodes.Status404NotFound,
        JenisKegagalan.Konflik => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    /// <summary>The most serious kind among several errors (refusal before not found before conflict).</summary>
    public static JenisKegagalan Terberat(IEnumerable<JenisKegagalan> jenis) =>
        jenis.OrderBy(j => j switch { JenisKegagalan.Ditolak => 0, JenisKegagalan.TidakDitemukan => 1, JenisKegagalan.Konflik => 2, _ => 3 })
            .DefaultIfEmpty(JenisKegagalan.TidakSah).First();
}
