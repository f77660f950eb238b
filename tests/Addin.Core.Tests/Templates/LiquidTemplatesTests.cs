using Addin.Core.Briefs;
using Addin.Core.People;
using Addin.Core.Templates;
using Addin.Core.Tests.Briefs;

namespace Addin.Core.Tests.Templates;

/// <summary>Templates are untrusted: they read only the model types, their output is HTML-encoded, and a broken one says where.</summary>
public sealed class LiquidTemplatesTests
{
    private readonly LiquidTemplates liquid = new();

    [Fact]
    public async Task Render_HostileTextInTheData_IsEncoded()
    {
        var model = BriefSamples.Brief() with { SessionTitle = "<script>alert('x')</script>", Students = [new("<img src=x onerror=alert(1)>", null, [], null)] };

        string html = await liquid.RenderAsync(BriefSamples.Template("brief"), "brief", model, CancellationToken.None);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AMemberTheModelDoesNotHave_OrAnUnregisteredType_RendersEmpty()
    {
        var person = new Person { Subject = "secret-subject", Name = "Secret Name", Email = "secret@example.test" };

        string members = await liquid.RenderAsync("[{{ brief.Secret }}{{ brief.GetType }}{{ brief.Students.first.GetHashCode }}]", "brief", BriefSamples.Brief(), CancellationToken.None);
        string entity = await liquid.RenderAsync("[{{ x.Name }}{{ x.Email }}{{ x.Subject }}{{ x }}]", "x", person, CancellationToken.None);

        Assert.Equal("[]", members);
        Assert.Equal("[]", entity);
    }

    [Fact]
    public void Parse_ABrokenTemplate_SaysTheLineAndColumn()
    {
        var (template, problem) = LiquidTemplates.Parse("<p>fine</p>\n<p>{% if brief.IsSubstitute %}covering</p>\n{% endfor %}");

        Assert.Null(template);
        Assert.NotNull(problem);
        Assert.NotNull(problem.Line);
        Assert.NotNull(problem.Column);
        Assert.StartsWith($"line {problem.Line}, column {problem.Column}: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnUnclosedOutput_IsOnTheLineItIsOn()
    {
        var (_, problem) = LiquidTemplates.Parse("one\ntwo\nthree {{ brief.CourseTitle ");

        Assert.Equal(3, problem!.Line);
    }

    [Fact]
    public async Task Render_ATemplateThatLoopsTooLong_IsStopped()
    {
        var ex = await Assert.ThrowsAsync<TemplateException>(() =>
            liquid.RenderAsync("{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}", "brief", BriefSamples.Brief(), CancellationToken.None));

        Assert.Contains("could not be rendered", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ATemplateTooLong_IsRefused()
    {
        var (_, problem) = LiquidTemplates.Parse(new string('x', LiquidTemplates.MaxSourceLength + 1));

        Assert.Contains("the most allowed is", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddinsOwnTemplates_Parse()
    {
        foreach (string name in TemplateNames.All)
        {
            Assert.Null(LiquidTemplates.Parse(BriefSamples.Template(name)).Problem);
        }
    }
}
