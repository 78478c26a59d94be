// Vite's `?url` imports (an ambient file: wildcard modules cannot live in a module file).
declare module '*?url' {
  const url: string;
  export default url;
}
