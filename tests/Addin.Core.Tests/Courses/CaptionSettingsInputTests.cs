using Addin.Core.Courses;

namespace Addin.Core.Tests.Courses;

/// <summary>What an instructor types as the course vocabulary and caption languages: kept tidy, or refused naming what is wrong.</summary>
public sealed class CaptionSettingsInputTests
{
    [Fact]
    public void Vocabulary_Lines_AreTrimmedCollapsedAndDeduplicated_IgnoringCaseAndBlankLines()
    {
        var (terms, problem) = CourseVocabulary.Parse("  Pythagoras \r\n\n  hypotenuse\tangle \nPYTHAGORAS\n\u2028x²\n");

        Assert.Null(problem);
        Assert.Equal(["Pythagoras", "hypotenuse angle", "x²"], terms);
        Assert.Equal(terms, CourseVocabulary.Split(CourseVocabulary.Join(terms!)));
    }

    [Theory]
    [InlineData("ok\nbell\u0007ring", "line 2 holds a control character")]
    [InlineData("ok\n\n\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "line 4 is 61 characters long; a term may have at most 60")]
    public void Vocabulary_BadLine_IsRefusedNamingIt(string input, string problem)
    {
        var (terms, refused) = CourseVocabulary.Parse(input);

        Assert.Null(terms);
        Assert.StartsWith(problem, refused, StringComparison.Ordinal);
    }

    [Fact]
    public void Vocabulary_TooManyTerms_IsRefused_ButRepeatsDoNotCount()
    {
        string hundred = string.Join('\n', Enumerable.Range(1, 100).Select(i => $"term {i}"));

        Assert.Equal(100, CourseVocabulary.Parse(hundred + "\nTERM 1").Terms!.Count);
        Assert.Equal("101 terms; a course may have at most 100. Keep the names and terms engines most often get wrong.", CourseVocabulary.Parse(hundred + "\nterm 101").Problem);
        Assert.Empty(CourseVocabulary.Parse(" \n ").Terms!);
        Assert.Null(CourseVocabulary.Join([]));
    }

    [Theory]
    [InlineData("Spanish, French", new[] { "es", "fr" })]
    [InlineData("es; fr\nde", new[] { "es", "fr", "de" })]
    [InlineData("spanish, ES, pt-br", new[] { "es", "pt-BR" })]
    [InlineData("Portuguese (Brazil), Chinese (Simplified)", new[] { "pt-BR", "zh-Hans" })]
    [InlineData("", new string[0])]
    public void Languages_NamesOrTags_BecomeCanonicalTags(string input, string[] tags)
    {
        var (parsed, problem) = CaptionTranslationLanguages.Parse(input);

        Assert.Null(problem);
        Assert.Equal(tags, parsed);
    }

    [Theory]
    [InlineData("Klingonese")]
    [InlineData("xx")]
    [InlineData("../../etc/passwd")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("es-ES-x-very-long-private-use-tag-beyond-35")]
    public void Languages_NotALanguage_IsRefusedNamingIt(string input)
    {
        var (tags, problem) = CaptionTranslationLanguages.Parse("fr, " + input);

        Assert.Null(tags);
        Assert.Contains("is not a language; write English names or tags", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_MoreThanFive_AreRefused()
    {
        Assert.Equal("6 languages; captions are translated into at most 5.", CaptionTranslationLanguages.Parse("es, fr, de, it, pt, nl").Problem);
    }

    [Theory]
    [InlineData("es", "Spanish")]
    [InlineData("pt-BR", "Portuguese (Brazil)")]
    [InlineData(null, "Unknown language")]
    public void Name_IsTheEnglishName(string? tag, string name) => Assert.Equal(name, CaptionTranslationLanguages.Name(tag));
}
