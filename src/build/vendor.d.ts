// The dev server ships no types; this is the part `serve` uses.
declare module '@11ty/eleventy-dev-server' {
  interface DevServer {
    serve(port: number): void
    reload(event?: { files?: string[] }): void
    close(): Promise<void>
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options?: Record<string, unknown>): DevServer }
  export default EleventyDevServer
}
