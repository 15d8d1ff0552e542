/** The review app: saved articles and highlights. */
export function App() {
  return <main>TechFlow Annotator</main>;
}
