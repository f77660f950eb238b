using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Addin.Core.Briefs;
using Fluid;
using Fluid.Values;

namespace Addin.Core.Templates;

/// <summary>
/// Parses and renders Liquid templates with Fluid, treating every template as untrusted: size, step, recursion and
/// output limits, no file access, a deadline per render, HTML-encoded output, and only the model types of
/// <see cref="BriefModel"/> readable (any other object a model might carry renders as nothing).
/// </summary>
public sealed class LiquidTemplates
{
    public const int MaxSourceLength = 100_000;

    private static readonly TimeSpan RenderDeadline = TimeSpan.FromSeconds(2);

    private static readonly FluidParser Parser = new();

    private static readonly HashSet<Type> ModelTypes =
        [typeof(BriefModel), typeof(BriefStudent), typeof(BriefRecap), typeof(BriefMoment), typeof(BriefGap), typeof(DigestModel)];

    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxRecursion(20)
        .WithMaxSteps(200_000)
        .WithMaxOutputSize(2_000_000)
        .WithMaxCollectionSize(10_000)
        .AddValueConverter(value => IsReadable(value) ? null : NilValue.Instance)
        .Build();

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<string, IFluidTemplate> parsed = new(StringComparer.Ordinal);

    /// <summary>Parses a template, or says what is wrong with it and where.</summary>
    public static (IFluidTemplate? Template, TemplateProblem? Problem) Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > MaxSourceLength)
        {
            return (null, new TemplateProblem($"the template is {source.Length} characters long; the most allowed is {MaxSourceLength}.", null, null));
        }

        try
        {
            return (Parser.Parse(source), null);
        }
        catch (ParseException ex)
        {
            return (null, new TemplateProblem(ex.Message, ex.Position?.Line, ex.Position?.Column));
        }
    }

    /// <summary>Renders a template (parsed once per distinct source) with the model under <paramref name="name"/>, as HTML.</summary>
    /// <exception cref="TemplateException">The template is broken or exceeded a limit.</exception>
    public async Task<string> RenderAsync(string source, string name, object model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!parsed.TryGetValue(source, out var template))
        {
            var (result, problem) = Parse(source);
            template = result ?? throw new TemplateException($"the template does not parse: {problem}");
            if (parsed.Count > 100)
            {
                parsed.Clear();
            }

            parsed[source] = template;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RenderDeadline);
        var context = new TemplateContext(Options) { CancellationToken = deadline.Token };
        context.SetValue(name, FluidValue.Create(model, Options));
        try
        {
            return await template.RenderAsync(context, Encoder);
        }
        catch (InvalidOperationException ex)
        {
            // Fluid reports exceeded limits (steps, recursion, output) this way.
            throw new TemplateException($"the template could not be rendered: {ex.Message}", ex);
        }
    }

    private static bool IsReadable(object value) =>
        value is string or bool or char or int or long or double or decimal or float or DateTimeOffset or DateTime ||
        ModelTypes.Contains(value.GetType()) ||
        (value is System.Collections.IEnumerable && value.GetType().GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && (i.GetGenericArguments()[0] == typeof(string) || ModelTypes.Contains(i.GetGenericArguments()[0]))));
}

/// <summary>A template could not be parsed or rendered.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemplateException()
    {
    }
}
