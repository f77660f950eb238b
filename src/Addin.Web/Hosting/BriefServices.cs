using Addin.Core.Briefs;
using Addin.Core.Sessions;
using Addin.Core.Templates;
using Addin.Web.Briefs;
using Addin.Web.Configuration;
using Addin.Web.Pages;

namespace Addin.Web.Hosting;

/// <summary>Scheduling, pre-session briefs and parent digests, their templates and their delivery.</summary>
internal static class BriefServices
{
    public static void AddAddinBriefs(this IServiceCollection services)
    {
        services.AddValidatedOptions<BriefOptions, BriefOptionsValidator>(BriefOptions.SectionName);
        services.AddValidatedOptions<DigestOptions, DigestOptionsValidator>(DigestOptions.SectionName);
        services.AddScoped<SessionScheduler>();
        services.AddScoped<SessionCsvImport>();

        services.AddScoped<IRecapBriefSource, StoredRecapsForBriefs>();
        services.AddScoped<IRiskBriefSource, StoredRisksForBriefs>();
        services.AddScoped<ICurriculumBriefSource, StoredCurriculumForBriefs>();

        services.AddSingleton(new TemplateFolder(Path.Combine(AppContext.BaseDirectory, "templates")));
        services.AddSingleton<LiquidTemplates>();
        services.AddScoped<TemplateStore>();
        services.AddScoped<BriefComposer>();
        services.AddScoped<BriefGenerator>();
        services.AddScoped<ParentDigest>();
        services.AddScoped<ParentDigests>();
        services.AddScoped<ParentDigestDelivery>();
        services.AddScoped<SendParentDigestsJob>();
        services.AddHostedService<ParentDigestSchedule>();
        services.AddScoped<BriefDelivery>();
        services.AddScoped<GenerateBriefsJob>();
        services.AddScoped<DeliverBriefJob>();
        services.AddHostedService<BriefSchedule>();
        services.AddScoped<BriefPageQuery>();
    }
}
