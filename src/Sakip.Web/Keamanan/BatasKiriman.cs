namespace Sakip.Web.Keamanan;

/// <summary>
/// The size of one form field or query-string value, for every page (issue 7): the longest field
/// of Sakip is an analysis of a few thousand characters, so a value beyond this is refused before
/// any page sees it. Upload sizes are set where files are received (<c>Realisasi/Isi</c>,
/// <c>Realisasi/Unggah</c>) from the App's own limits.
/// </summary>
public static class BatasKiriman
{
    /// <summary>The longest value of one form field, in characters.</summary>
    public const int PanjangIsianMaksimum = 20_000;
}
