// Registers the service worker and keeps the reader informed: offline banner, "Available offline" once cached, and an update prompt.

interface OfflineUi {
  /** Footer text that turns into "Available offline ✓" once the site is cached. */
  status: HTMLElement;
  /** Shown while the browser reports no network. */
  banner: HTMLElement;
  /** Shown when a new version is installed and waiting; its button reloads into it. */
  prompt: HTMLElement;
}

function showOnline(ui: OfflineUi): void {
  ui.banner.hidden = navigator.onLine;
}

/** A waiting worker means a newer site is cached; ask the reader before switching, never mid-page. */
function offerUpdate(ui: OfflineUi, waiting: ServiceWorker): void {
  ui.prompt.hidden = false;
  const button = ui.prompt.querySelector('button');
  button?.addEventListener(
    'click',
    () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      // Workbox's generated worker listens for this message and activates at once.
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

export async function initOffline(ui: OfflineUi, workerUrl: string, scope: string): Promise<void> {
  showOnline(ui);
  window.addEventListener('online', () => showOnline(ui));
  window.addEventListener('offline', () => showOnline(ui));
  if (!('serviceWorker' in navigator)) {
    ui.status.textContent = 'This browser cannot keep the course for offline use.';
    return;
  }
  try {
    const registration = await navigator.serviceWorker.register(workerUrl, { scope });
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(ui, registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        // Installed while an older worker controls the page: an update. Installed with none: the first visit.
        if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(ui, installing);
      });
    });
    // An active worker has finished precaching every file of its version.
    await navigator.serviceWorker.ready;
    ui.status.textContent = 'Available offline ✓';
    ui.status.dataset.offline = 'ready';
  } catch (error) {
    ui.status.textContent = 'Offline copy unavailable.';
    console.warn('Service worker registration failed:', error);
  }
}
