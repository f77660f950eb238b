using Addin.Core.Courses;

namespace Addin.Core.Tests.Courses;

/// <summary>A teacher's Teams join link (or meeting id) becomes the online meeting id Graph gives the meeting's recordings.</summary>
public sealed class TeamsMeetingIdTests
{
    /// <summary>The meetingId of the recording in the Graph docs' getAllRecordings example (tests/fixtures/graph).</summary>
    private const string FixtureMeetingId =
        "MSoxYzkxNjVmZi1hZTkyLTQ5YWYtODliNC00MTU1NTRhMzZhNTEqMCoqMTk6bWVldGluZ19PVEJsT1RjeE16QXROemMwWVMwMFl6QTFMVGhpWldFdFpUaGtNMlk0WkRKaFlUQTFAdGhyZWFkLnYy";

    [Theory]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTBlOTcxMzAtNzc0YS00YzA1LThiZWEtZThkM2Y4ZDJhYTA1%40thread.v2/0?context=%7b%22Tid%22%3a%22a1d286db-6149-4b3d-95ad-23c9e1bf6853%22%2c%22Oid%22%3a%221c9165ff-ae92-49af-89b4-415554a36a51%22%7d")]
    [InlineData("  https://teams.microsoft.com/l/meetup-join/19%3Ameeting_OTBlOTcxMzAtNzc0YS00YzA1LThiZWEtZThkM2Y4ZDJhYTA1%40thread.v2/0?context=%7B%22Tid%22%3A%22a1d286db-6149-4b3d-95ad-23c9e1bf6853%22%2C%22Oid%22%3A%221c9165ff-ae92-49af-89b4-415554a36a51%22%7D ")]
    [InlineData(FixtureMeetingId)]
    public void Normalize_JoinLinkOrMeetingId_GivesGraphsMeetingId(string input)
    {
        var (value, problem) = ExternalIdKinds.Normalize(ExternalIdKinds.TeamsMeeting, input);

        Assert.Null(problem);
        Assert.Equal(FixtureMeetingId, value);
    }

    [Theory]
    [InlineData("https://teams.microsoft.com/meet/2345678901234?p=abcDEF", "full link")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", "not a Teams meeting join link")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%22Oid%22%3a%22ana%22%7d", "not a Teams meeting join link")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=not-json", "not a Teams meeting join link")]
    [InlineData("845 1234 5678", "not a Teams meeting")]
    [InlineData("bm90IGEgbWVldGluZw==", "not a Teams meeting")]
    public void Normalize_SomethingElse_SaysWhatToPaste(string input, string problem)
    {
        var (value, error) = ExternalIdKinds.Normalize(ExternalIdKinds.TeamsMeeting, input);

        Assert.Null(value);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains("join link", error, StringComparison.Ordinal);
    }
}
