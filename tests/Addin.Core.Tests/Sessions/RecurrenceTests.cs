using Addin.Core.Sessions;

namespace Addin.Core.Tests.Sessions;

public sealed class RecurrenceTests
{
    [Theory]
    [InlineData("weekly:MO,WE;until=2027-03-31", "weekly:MO,WE;until=2027-03-31")]
    [InlineData(" Weekly: we , mo ; COUNT=10 ", "weekly:MO,WE;count=10")]
    public void Parse_Valid_GivesItsNormalForm(string text, string expected) => Assert.Equal(expected, Recurrence.Parse(text)!.ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("none")]
    public void Parse_Empty_IsAOneOff(string? text) => Assert.Null(Recurrence.Parse(text));

    [Theory]
    [InlineData("daily;count=3", "is not understood")]
    [InlineData("weekly:MO", "needs exactly one end")]
    [InlineData("weekly:MO;count=3;until=2027-01-01", "needs exactly one end")]
    [InlineData("weekly:XX;count=3", "day 'XX'")]
    [InlineData("weekly:MO;count=0", "count=N (1 to 500)")]
    [InlineData("weekly:MO;count=501", "count=N (1 to 500)")]
    [InlineData("weekly:MO;until=31/03/2027", "until=YYYY-MM-DD")]
    public void Parse_Invalid_SaysWhatIsWrongAndTheForm(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => Recurrence.Parse(text));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
