using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// A signed-in user sets (or clears) the e-mail address their notifications are also sent to.
/// </summary>
public static class ChangeSurel
{
    /// <param name="Surel">The address as typed; blank clears it.</param>
    public sealed record Command(string? Surel);

    public const int PanjangMaksimum = 254;

    public sealed class Handler(SakipDbContext db)
    {
        /// <returns>The address kept (null when cleared).</returns>
        public async Task<Jawaban<string?>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var surel = string.IsNullOrWhiteSpace(c.Surel) ? null : c.Surel.Trim();
            if (surel is not null && (surel.Length > PanjangMaksimum || !MailAddress.TryCreate(surel, out var alamat) || alamat.Address != surel || !alamat.Host.Contains('.', StringComparison.Ordinal)))
            {
                return Gagal.TidakSah("Alamat surel tidak sah; tulis seperti nama@kpu.go.id.", nameof(Command.Surel));
            }

            var pengguna = await db.Set<Entities.Pengguna>().SingleAsync(p => p.Id == pelaku.PenggunaId, ct);
            pengguna.Surel = surel;
            return await db.SimpanAsync(() => surel, ct);
        }
    }
}
