using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// Grants a role on a satker the actor manages users of, never to the actor's own account and never
/// reaching further than the actor's own management reach (<see cref="AksesPengguna.BolehMemberi"/>);
/// takes effect on the user's next request.
/// </summary>
public static class GrantHakAkses
{
    public sealed record Command(int PenggunaId, Peran Peran, string KodeSatker, bool TermasukTurunan);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command command, CancellationToken ct)
        {
            var satker = await db.Satkers.SingleOrDefaultAsync(s => s.Kode == command.KodeSatker, ct);
            if (satker is null || !pelaku.Boleh(Tindakan.MengelolaPengguna, satker.Id))
            {
                return Gagal.Ditolak("Anda tidak berhak mengelola pengguna satker ini.");
            }

            if (pelaku.BolehMemberi(command.PenggunaId, command.Peran, satker.Id, command.TermasukTurunan) is { } alasan)
            {
                return Gagal.Ditolak(alasan);
            }

            var pengguna = await db.Set<PenggunaEntity>().Include(p => p.HakAkses).SingleOrDefaultAsync(p => p.Id == command.PenggunaId, ct);
            if (pengguna is null)
            {
                return Gagal.TidakDitemukan("Pengguna tidak ditemukan.");
            }

            if (pengguna.HakAkses.Any(h => h.Peran == command.Peran && h.SatkerId == satker.Id))
            {
                return Gagal.TidakSah($"{pengguna.NamaPengguna} sudah memiliki peran {command.Peran} pada {satker.Nama}.");
            }

            var hak = new HakAkses { Peran = command.Peran, SatkerId = satker.Id, TermasukTurunan = command.TermasukTurunan };
            pengguna.HakAkses.Add(hak);
            await db.SaveChangesAsync(ct);
            return Jawaban<int>.Dari(hak.Id);
        }
    }
}
