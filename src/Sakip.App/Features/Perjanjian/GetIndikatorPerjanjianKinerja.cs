using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// What the form that adds or changes an indicator of a draft PK shows: the PK with its sasaran
/// and, when changing, the indicator. Only while the PK is a draft, for users who may write it.
/// </summary>
public static class GetIndikatorPerjanjianKinerja
{
    /// <param name="PerjanjianId">The PK version.</param>
    /// <param name="IndikatorId">The indicator to change; null to add one.</param>
    public sealed record Query(int PerjanjianId, int? IndikatorId);

    /// <param name="Perjanjian">The PK as <see cref="GetPerjanjianKinerja"/> shows it.</param>
    /// <param name="SasaranId">The sasaran of the indicator being changed.</param>
    /// <param name="Indikator">The indicator being changed; null when adding.</param>
    public sealed record Hasil(GetPerjanjianKinerja.Hasil Perjanjian, int? SasaranId, GetPerjanjianKinerja.Indikator? Indikator);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var pk = await new GetPerjanjianKinerja.Handler(db).HandleAsync(pelaku, new GetPerjanjianKinerja.Query(q.PerjanjianId), ct);
            if (pk.Nilai is not { } data)
            {
                return pk.Kegagalan!;
            }

            if (!data.BolehUbahTarget)
            {
                return Gagal.Ditolak("Indikator hanya dapat diubah pada Perjanjian Kinerja yang masih draf, oleh operator, administrator atau pimpinan satkernya.");
            }

            var ind = data.Sasarans.SelectMany(s => s.Indikators.Select(i => (Sasaran: s, Indikator: i))).FirstOrDefault(x => x.Indikator.Id == q.IndikatorId);
            return q.IndikatorId is not null && ind.Indikator is null
                ? Gagal.TidakDitemukan("Indikator bukan bagian dari Perjanjian Kinerja ini.")
                : new Hasil(data, ind.Sasaran?.Id, ind.Indikator);
        }
    }
}
