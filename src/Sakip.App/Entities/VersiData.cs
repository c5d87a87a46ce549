namespace Sakip.App.Entities;

/// <summary>
/// A counter raised in the same transaction as every audited change it covers: <c>satker:{id}</c>
/// for any change to a satker's data (its PK, realisasi, policy, closed periods, deadline ...),
/// <c>pohon</c> for any change to the satker tree, <c>pengguna:{id}</c> for any change to an account
/// or its grants. Caches compare it to what they hold, so a
/// change made by any process (the web app, the command line) is seen by every other.
/// </summary>
public class VersiData
{
    public const string KunciPohon = "pohon";

    public required string Kunci { get; set; }

    public long Versi { get; set; }

    public static string KunciPengguna(int penggunaId) => "pengguna:" + penggunaId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string KunciSatker(int satkerId) => "satker:" + satkerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
