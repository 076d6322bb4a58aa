package org.guanai.registry.care;

import java.io.IOException;
import org.guanai.registry.account.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Photos of places and activities: added by those who may change the record, shown to those who see it. */
@Controller
class CarePhotoController {

    private final CarePhotos photos;

    CarePhotoController(CarePhotos photos) {
        this.photos = photos;
    }

    @PostMapping("/care/places/{id}/photos")
    String addToPlace(SignedInUser user, @PathVariable long id, @RequestParam("photo") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        add(CarePhotos.Owner.PLACE, id, file, user, redirect);
        return "redirect:/care/places/" + id;
    }

    @PostMapping("/care/activities/{id}/photos")
    String addToActivity(SignedInUser user, @PathVariable long id, @RequestParam("photo") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        add(CarePhotos.Owner.ACTIVITY, id, file, user, redirect);
        return "redirect:/care/activities/" + id;
    }

    private void add(CarePhotos.Owner owner, long id, MultipartFile file, SignedInUser user,
            RedirectAttributes redirect) throws IOException {
        try {
            photos.add(owner, id, file.getBytes(), user.jurisdiction());
            redirect.addFlashAttribute("success", "care.photoAdded");
        } catch (CareRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
    }

    /** The photo with the type read from its bytes; the browser may not guess another (nosniff is set globally). */
    @GetMapping("/care/photos/{id}")
    ResponseEntity<byte[]> photo(SignedInUser user, @PathVariable long id) {
        CarePhotos.Photo photo = photos.get(id, user.jurisdiction());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).header("Content-Disposition", "inline")
                .body(photo.content());
    }
}
