// pocketsphinx, espeak-ng and ffmpeg are Debian packages: these tests run on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
