using Addin.Sdk.Storage;

namespace Addin.Core.Pipeline;

/// <summary>Gives ffmpeg a file on this machine: the store's own file when it keeps one, otherwise a copy in scratch.</summary>
internal static class MediaWorkspace
{
    public static async Task<string> GetLocalPathAsync(IMediaStore store, string key, string scratchDirectory, CancellationToken cancellationToken)
    {
        if (store.TryGetLocalPath(key) is { } local && File.Exists(local))
        {
            return local;
        }

        Directory.CreateDirectory(scratchDirectory);
        string copy = Path.Combine(scratchDirectory, "media" + Path.GetExtension(key));
        if (File.Exists(copy))
        {
            return copy;
        }

        await using var source = await store.OpenReadAsync(key, cancellationToken)
                                 ?? throw new PipelineStageException($"The stored media '{key}' is missing from the media store.", isPermanent: false);
        string partial = copy + ".part";
        await using (var target = File.Create(partial))
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        File.Move(partial, copy, overwrite: true);
        return copy;
    }
}
