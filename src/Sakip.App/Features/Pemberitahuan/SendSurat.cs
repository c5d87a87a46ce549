using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App.Features.Pemberitahuan;

/// <summary>Puts one message on the wire; the SMTP client by default, a fake in tests that need one.</summary>
public interface IPengirimSurel
{
    Task KirimAsync(SuratKeluar surat, CancellationToken ct);
}

/// <summary>Sends through the SMTP server of <see cref="PengaturanSurel"/> with MailKit.</summary>
public sealed class PengirimSmtp(PengaturanSurel pengaturan) : IPengirimSurel
{
    public async Task KirimAsync(SuratKeluar surat, CancellationToken ct)
    {
        var pesan = new MimeMessage();
        pesan.From.Add(MailboxAddress.Parse(pengaturan.Pengirim));
        pesan.To.Add(MailboxAddress.Parse(surat.Kepada));
        pesan.Subject = surat.Subjek;
        pesan.Body = new TextPart("plain") { Text = surat.Isi };
        using var klien = new SmtpClient { Timeout = 30_000 };
        var keamanan = pengaturan.Keamanan.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "sslonconnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await klien.ConnectAsync(pengaturan.Host ?? throw new InvalidOperationException("Sakip:Smtp:Host belum diisi."), pengaturan.Port, keamanan, ct);
        if (!string.IsNullOrEmpty(pengaturan.NamaPengguna))
        {
            await klien.AuthenticateAsync(pengaturan.NamaPengguna, pengaturan.KataSandi ?? string.Empty, ct);
        }

        await klien.SendAsync(pesan, ct);
        await klien.DisconnectAsync(true, ct);
    }
}

/// <summary>
/// The background sender's one round (a system job, no user): sends the queued messages that are
/// due, oldest first. A failure is kept with its error and tried again after a back-off that
/// doubles (1, 2, 4, 8 minutes); after <see cref="PengaturanSurel.PercobaanMaksimum"/> attempts the
/// message is given up and stays in the queue as failed.
/// </summary>
public static class SendSurat
{
    public sealed record Command(int Batas = 20);

    public sealed record Hasil(int Terkirim, int Gagal);

    public sealed class Handler(SakipDbContext db, IPengirimSurel pengirim, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Command c, CancellationToken ct)
        {
            var sekarang = clock.GetUtcNow().UtcDateTime;
            var antrean = await db.SuratKeluars
                .Where(s => s.TerkirimPada == null && !s.Menyerah && s.CobaSetelah <= sekarang)
                .OrderBy(s => s.Id).Take(Math.Clamp(c.Batas, 1, 200)).ToListAsync(ct);
            int terkirim = 0, gagal = 0;
            foreach (var s in antrean)
            {
                s.Percobaan++;
                try
                {
                    await pengirim.KirimAsync(s, ct);
                    s.TerkirimPada = clock.GetUtcNow();
                    s.GalatTerakhir = null;
                    terkirim++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    s.GalatTerakhir = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                    s.Menyerah = s.Percobaan >= PengaturanSurel.PercobaanMaksimum;
                    s.CobaSetelah = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Pow(2, s.Percobaan - 1));
                    gagal++;
                }

                // Saved after each message, so a message sent is never sent again after a crash.
                await db.SaveChangesAsync(ct);
            }

            return new Hasil(terkirim, gagal);
        }
    }
}
