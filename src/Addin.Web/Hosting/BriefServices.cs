using Addin.Core.Briefs;
using Addin.Core.Sessions;
using Addin.Core.Templates;
using Addin.Web.Briefs;
using Addin.Web.Configuration;
using Addin.Web.Pages;
using Microsoft.Extensions.Options;

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
        services.AddRecurringJob<SendParentDigestsJob>(
            SendParentDigestsJob.RecurringJobId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<DigestOptions>>().Value.Schedule);
        services.AddScoped<BriefDelivery>();
        services.AddRecurringJob<GenerateBriefsJob>(
            GenerateBriefsJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), GenerateBriefsJob.Cron);
        services.AddScoped<DeliverBriefJob>();
        services.AddScoped<BriefPageQuery>();
    }
}
