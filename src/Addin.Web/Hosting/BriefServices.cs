using Addin.Core.Briefs;
using Addin.Core.Sessions;
using Addin.Core.Templates;
using Addin.Web.Briefs;
using Addin.Web.Configuration;
using Addin.Web.Pages;

namespace Addin.Web.Hosting;

/// <summary>Scheduling, pre-session briefs, their templates and their delivery.</summary>
internal static class BriefServices
{
    public static void AddAddinBriefs(this IServiceCollection services)
    {
        services.AddValidatedOptions<BriefOptions, BriefOptionsValidator>(BriefOptions.SectionName);
        services.AddScoped<SessionScheduler>();
        services.AddScoped<SessionCsvImport>();

        // Recaps, risk levels and curriculum plans are built elsewhere; these answer "nothing yet" until they are wired in.
        services.AddSingleton<IRecapBriefSource, NoRecapsYet>();
        services.AddSingleton<IRiskBriefSource, NoRiskData>();
        services.AddSingleton<ICurriculumBriefSource, NoCurriculumPlan>();

        services.AddSingleton(new TemplateFolder(Path.Combine(AppContext.BaseDirectory, "templates")));
        services.AddSingleton<LiquidTemplates>();
        services.AddScoped<TemplateStore>();
        services.AddScoped<BriefComposer>();
        services.AddScoped<BriefGenerator>();
        services.AddScoped<ParentDigest>();
        services.AddScoped<BriefDelivery>();
        services.AddScoped<GenerateBriefsJob>();
        services.AddScoped<DeliverBriefJob>();
        services.AddHostedService<BriefSchedule>();
        services.AddScoped<BriefPageQuery>();
    }
}
