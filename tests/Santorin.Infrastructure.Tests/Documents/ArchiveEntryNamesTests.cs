using Santorin.Infrastructure.Documents;

namespace Santorin.Infrastructure.Tests.Documents;

public sealed class ArchiveEntryNamesTests
{
    [Theory]
    [InlineData("02612345678", "N'Diaye", "Élodie", "02612345678_N-DIAYE_Elodie.pdf")]
    [InlineData("1", "de La Fontaine", "Jean-Pierre", "1_DE-LA-FONTAINE_Jean-Pierre.pdf")]
    [InlineData("2", "Lefèvre-Çelik", "Maëlle", "2_LEFEVRE-CELIK_Maelle.pdf")]
    [InlineData("3", "Œuvray", "Lætitia", "3_OEUVRAY_Laetitia.pdf")]
    [InlineData("4", "D\u2019Artagnan", "Zoé  Anne", "4_D-ARTAGNAN_Zoe-Anne.pdf")]
    [InlineData("5", "O'Brien/../..", "Ève;\"x\"", "5_O-BRIEN_Evex.pdf")]
    [InlineData("6", " Dupont ", "Amélie\u0301", "6_DUPONT_Amelie.pdf")]
    public void ForCopy_Names_AsciiNumberLastNameFirstName(string number, string last, string first, string expected)
    {
        var name = ArchiveEntryNames.ForCopy(number, last, first);

        Assert.Equal(expected, name);
        Assert.All(name, c => Assert.True(char.IsAscii(c)));
    }
}
