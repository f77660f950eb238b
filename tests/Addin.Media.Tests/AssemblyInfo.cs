// The tests run Debian's ffmpeg and espeak-ng from /usr/bin and read /proc.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
