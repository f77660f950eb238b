using Addin.PluginHost;

namespace Addin.Web.Pages;

/// <summary>The plugins page: every plugin found, its status and, for those that failed, why and how to fix it.</summary>
public sealed record PluginsPageModel(PageViewer Viewer, string Directory, IReadOnlyList<LoadedPlugin> Plugins);
