using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// What the form that adds or changes an RKT indicator shows: its sasaran kegiatan and, when
/// changing, the indicator as stored. Only for users who may write the satker's RKT.
/// </summary>
public static class GetIndikatorRkt
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The RKT's year.</param>
    /// <param name="SasaranId">The sasaran kegiatan.</param>
    /// <param name="IndikatorId">The indicator to change; null to add one.</param>
    public sealed record Query(string KodeSatker, int Tahun, int SasaranId, int? IndikatorId);

    public sealed record Hasil(GetRkt.Sasaran Sasaran, GetRkt.Indikator? Indikator);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var rkt = await new GetRkt.Handler(db).HandleAsync(pelaku, new GetRkt.Query(q.KodeSatker, q.Tahun), ct);
            if (rkt.Nilai is not { } data)
            {
                return rkt.Kegagalan!;
            }

            if (!data.BolehUbah)
            {
                return Izin.Tolak(Tindakan.MenyusunRkt, data.NamaSatker);
            }

            var sasaran = data.Rkts.SelectMany(r => r.Sasarans).FirstOrDefault(s => s.Id == q.SasaranId);
            var indikator = sasaran?.Indikators.FirstOrDefault(i => i.Id == q.IndikatorId);
            return sasaran is null || (q.IndikatorId is not null && indikator is null)
                ? Gagal.TidakDitemukan("Sasaran kegiatan atau indikator tidak ditemukan pada RKT satker dan tahun ini.")
                : new Hasil(sasaran, indikator);
        }
    }
}
