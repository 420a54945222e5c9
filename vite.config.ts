// Builds the web app (src/web) into dist/web, which the server serves with a strict CSP:
// no inline scripts or styles, so everything must end up in files.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  root: '.',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Data-URI assets are allowed by the CSP (img-src data:), but fonts/scripts must stay files.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'react-aria', test: /node_modules[\\/](react-aria|react-aria-components|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc)[\\/]/ },
            // Map data and the graph library load only with the pages that draw them.
            { name: 'vendor', test: /node_modules[\\/](?!world-atlas|cytoscape|d3-|topojson)/ },
          ],
        },
      },
    },
  },
  server: {
    // `npx vite` for UI work: the API comes from a running `samverkan serve` on port 3000.
    proxy: { '/api': 'http://localhost:3000', '/readyz': 'http://localhost:3000' },
  },
});
