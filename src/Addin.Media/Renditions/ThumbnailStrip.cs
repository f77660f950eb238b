namespace Addin.Media.Renditions;

/// <summary>A written thumbnail strip: the sprite, its WebVTT track, and the tile layout.</summary>
/// <param name="SpritePath">The JPEG holding every frame.</param>
/// <param name="TrackPath">The WebVTT file whose cues point into the sprite (<c>sprite.jpg#xywh=x,y,w,h</c>).</param>
/// <param name="Frames">How many frames the sprite holds.</param>
/// <param name="TileWidth">Width of one frame in pixels.</param>
/// <param name="TileHeight">Height of one frame in pixels.</param>
public sealed record ThumbnailStrip(string SpritePath, string TrackPath, int Frames, int TileWidth, int TileHeight);
